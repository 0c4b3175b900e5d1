import { formCatalogue, locateIn, specIn, type FieldHint } from './catalogue-hints.js';
import { dateFormats, parseIsoDate } from './dates.js';
import { isRecord, setPath } from './paths.js';
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
