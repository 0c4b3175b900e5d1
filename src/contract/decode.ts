/**
 * Session API values back into form values, for prefill: the inverse of `encode.ts`. Apart from
 * it because the form needs this on its first paint, and the encoder only once it is checked.
 */
import { itemName } from './control-names.js';
import { formCatalogue, specIn, type FieldHint } from './catalogue-hints.js';
import { dateFormats, formatIsoDate } from './dates.js';
import type { FormValues } from './encode.js';
import { getPath, isRecord, parseEntries } from './paths.js';
import type { Vertical } from './verticals.js';

function decodeValue(spec: FieldHint | undefined, value: unknown): string | boolean {
  if (typeof value === 'boolean') return value;
  const text = value === undefined || value === null ? '' : String(value);
  const date = spec?.dateFormat ? dateFormats[spec.dateFormat].parse(text) : undefined;
  return date ? formatIsoDate(date) : text;
}

/** The inverse of encoding for one value: what a form control shows for a Session API value. */
export function decodeSessionValue(name: string, value: unknown, vertical: Vertical): string | boolean {
  return decodeValue(specIn(formCatalogue[vertical], name), value);
}

/**
 * The inverse of `encodeSessionRequest`, for prefill: entries spread into their member controls,
 * nested members into dotted names, dates into `yyyy-mm-dd`.
 */
export function decodeSessionRequest(body: Record<string, unknown>, vertical: Vertical): FormValues {
  const values: FormValues = {};
  for (const [name, value] of Object.entries(body)) {
    const spec = specIn(formCatalogue[vertical], name);
    const entries = spec?.shape === 'array' ? parseEntries(value) : undefined;
    if (entries) {
      entries.forEach((entry, index) => {
        for (const item of spec!.items ?? []) {
          if (entry[item.name] !== undefined) values[itemName(name, index, item.name)] = decodeValue(item, entry[item.name]);
        }
      });
    } else if (spec?.shape === 'object' && isRecord(value)) {
      for (const item of spec.items ?? []) {
        const member = getPath(value, item.name);
        if (member !== undefined) values[`${name}.${item.name}`] = decodeValue(item, member);
      }
    } else {
      values[name] = decodeValue(spec, value);
    }
  }
  return values;
}
