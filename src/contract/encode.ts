import { itemName } from './control-names.js';
import { formCatalogue, locateIn, specIn, type FieldHint } from './catalogue-hints.js';
import { dateFormats, formatIsoDate, parseIsoDate } from './dates.js';
import { getPath, isRecord, parseEntries, setPath } from './paths.js';
import type { SessionRequestBody } from './request.js';
import type { Vertical } from './verticals.js';

/**
 * Values as form controls hold them: keyed by Session API name (`insured_member_details[0].name`
 * for an entry's member, `payment_rules.payment_flows.…` for a nested one), dates as `yyyy-mm-dd`.
 */
export type FormValues = Record<string, string | boolean | undefined>;

function encodeValue(spec: FieldHint | undefined, value: string | boolean): string | boolean {
  if (typeof value !== 'string') return value;
  const date = spec?.dateFormat ? parseIsoDate(value) : undefined;
  return date ? dateFormats[spec!.dateFormat!].format(date) : value.trim();
}

/**
 * Turns form values into the flat Session API body: dates in the wire format the docs use,
 * entries gathered into the JSON string the docs send, nested members into their object,
 * empty optional values left out (and entries left wholly empty).
 */
export function encodeSessionRequest(values: FormValues, vertical: Vertical): SessionRequestBody {
  const body: SessionRequestBody = {};
  const lists = new Map<string, Record<string, unknown>[]>();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    const encoded = encodeValue(specIn(formCatalogue[vertical], name), value);
    const { parent, member, index } = locateIn(formCatalogue[vertical], name);
    if (parent?.shape === 'array') {
      const entries = lists.get(parent.name) ?? [];
      entries[index!] = { ...entries[index!], [member]: encoded };
      lists.set(parent.name, entries);
    } else if (parent) {
      const object = body[parent.name];
      body[parent.name] = setPath(isRecord(object) ? object : {}, member, encoded);
    } else {
      body[name] = encoded;
    }
  }
  for (const [name, entries] of lists) {
    const filled = entries.filter(Boolean);
    if (filled.length) body[name] = JSON.stringify(filled);
  }
  return body;
}

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
