import { catalogue } from './catalogue.js';
import { formatDayMonthYear, formatIsoDate, parseDayMonthYear, parseIsoDate } from './validators.js';
import type { SessionRequestBody } from './request.js';
import type { Vertical } from './verticals.js';

/** Values as form controls hold them: keyed by Session API name, dates as `yyyy-mm-dd`. */
export type FormValues = Record<string, string | boolean | undefined>;

/**
 * Turns form values into the flat Session API body: dates in the wire format the docs use,
 * empty optional values left out.
 */
export function encodeSessionRequest(values: FormValues, vertical: Vertical): SessionRequestBody {
  const specs = new Map(catalogue[vertical].map((spec) => [spec.name, spec]));
  const body: SessionRequestBody = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    const spec = specs.get(name);
    if (spec?.dateFormat === 'dd-mm-yyyy' && typeof value === 'string') {
      const date = parseIsoDate(value);
      body[name] = date ? formatDayMonthYear(date) : value;
      continue;
    }
    body[name] = typeof value === 'string' ? value.trim() : value;
  }
  return body;
}

/** The inverse of encoding for one value: what a form control shows for a Session API value. */
export function decodeSessionValue(name: string, value: unknown, vertical: Vertical): string | boolean {
  if (typeof value === 'boolean') return value;
  const text = value === undefined || value === null ? '' : String(value);
  const spec = catalogue[vertical].find((candidate) => candidate.name === name);
  if (spec?.dateFormat === 'dd-mm-yyyy') {
    const date = parseDayMonthYear(text);
    return date ? formatIsoDate(date) : text;
  }
  return text;
}
