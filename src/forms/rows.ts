/**
 * Rows of list parameters (`insured_member_details[0].name`, …) in form values: counted and
 * removed. Compacting them for the body is `compact-rows.ts`'s, which ships with the form's check.
 */
import { itemName, parseItemName } from '../contract/control-names.js';
import type { FormValues } from '../contract/encode.js';

/** Rows shown for `list`: at least one, every row that holds a value, and as many as were asked for. */
export function rowCount(values: Readonly<FormValues>, list: string, asked = 0): number {
  let rows = 0;
  for (const key of Object.keys(values)) {
    const item = parseItemName(key);
    if (item?.parent === list) rows = Math.max(rows, item.index + 1);
  }
  return Math.max(1, rows, asked);
}

/** Values after removing row `index` of `list`: later rows move up, so names stay dense. */
export function withoutRow(values: Readonly<FormValues>, list: string, index: number): FormValues {
  const result: FormValues = {};
  for (const [key, value] of Object.entries(values)) {
    const item = parseItemName(key);
    if (item?.parent !== list) result[key] = value;
    else if (item.index !== index) result[item.index > index ? itemName(list, item.index - 1, item.member) : key] = value;
  }
  return result;
}
