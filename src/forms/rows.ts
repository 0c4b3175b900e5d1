/**
 * Rows of list parameters (`insured_member_details[0].name`, …) in form values: counted, removed,
 * compacted for the body, and the body's entries mapped back to the rows they came from. The
 * compaction and its inverse live together so an issue always lands on the row that caused it.
 */
import { itemName, parseItemName } from '../contract/control-names.js';
import type { FormValues } from '../contract/encode.js';

const isFilled = (value: string | boolean | undefined) => value !== '' && value !== undefined;

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

/**
 * The values as the body sends them: in each list only the rows that hold a value, numbered from
 * 0. `formRow` maps an entry of the body back to the form row it came from.
 */
export function compactRows(values: Readonly<FormValues>): { values: FormValues; formRow: (list: string, entry: number) => number } {
  const filledRows = new Map<string, number[]>();
  for (const [key, value] of Object.entries(values)) {
    const item = parseItemName(key);
    if (!item || !isFilled(value)) continue;
    const rows = filledRows.get(item.parent) ?? [];
    if (!rows.includes(item.index)) filledRows.set(item.parent, [...rows, item.index].sort((a, b) => a - b));
  }
  const compact: FormValues = {};
  for (const [key, value] of Object.entries(values)) {
    const item = parseItemName(key);
    const entry = item ? filledRows.get(item.parent)?.indexOf(item.index) ?? -1 : 0;
    if (!item) compact[key] = value;
    else if (entry >= 0) compact[itemName(item.parent, entry, item.member)] = value;
  }
  return { values: compact, formRow: (list, entry) => filledRows.get(list)?.[entry] ?? entry };
}
