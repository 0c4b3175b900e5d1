/**
 * The rows of list parameters as the body sends them, and the body's entries mapped back to the
 * rows they came from. The compaction and its inverse live together so an issue always lands on
 * the row that caused it. Used only by the form's check (`form-check.ts`), off the first paint.
 */
import { itemName, parseItemName } from '../contract/control-names.js';
import type { FormValues } from '../contract/encode.js';

const isFilled = (value: string | boolean | undefined) => value !== '' && value !== undefined;

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
