/**
 * Small named validators, one per documented constraint. Each is a zod/mini schema whose
 * error message is an IssueCode, so the browser can translate it and the server can return it.
 */
import * as z from 'zod/mini';
import type { IssueCode } from './issues.js';
import { parseDayMonthNameYear, parseDayMonthYear } from './dates.js';
import { isRecord, parseEntries } from './paths.js';

// Strict CSP forbids eval: zod must not compile parsers with new Function.
z.config({ jitless: true });

export type Validator = z.ZodMiniType<unknown, unknown>;

// The two string checks as refinements, not z.maxLength and z.regex: the same answers, without the
// string schema and string-format classes those pull into the browser's bundle (about 0.5 kB gzip).

/** At most `max` characters, counted in code points as z.maxLength counts them; a non-string was refused before. */
const atMost = (max: number) =>
  z.refine<unknown>((value) => typeof value !== 'string' || value.length <= max || [...value].length <= max, { error: 'too_long' });

/** Matches `re`; `code` says what a mismatch means. */
const matching = (re: RegExp, code: IssueCode) => z.refine<string>((value) => re.test(value), { error: code });

/** A string, trimmed, at most `max` characters. */
export function text(max = 255): z.ZodMiniType<string, unknown> {
  return z
    .pipe(
      z.custom<string | number>((value) => typeof value === 'string' || Number.isFinite(value), { error: 'format' }),
      z.transform((value: string | number) => String(value).trim()),
    )
    .check(atMost(max));
}

/** A string matching `re`, at most `max` characters. */
export function pattern(re: RegExp, max = 255, code: IssueCode = 'format'): z.ZodMiniType<string, unknown> {
  return text(max).check(matching(re, code));
}

/**
 * One of `values`, read case-insensitively, emitted in its canonical spelling.
 * `aliases` maps other spellings seen in Juspay's samples to a canonical value.
 */
export function oneOf<T extends string>(
  values: readonly T[],
  aliases: Record<string, T> = {},
): z.ZodMiniType<T, unknown> {
  const lookup = new Map<string, T>();
  for (const value of values) lookup.set(value.toLowerCase(), value);
  for (const [alias, value] of Object.entries(aliases)) lookup.set(alias.toLowerCase(), value);
  return z.pipe(
    text(),
    z.transform((value: string, ctx) => {
      const canonical = lookup.get(value.toLowerCase());
      if (canonical === undefined) {
        ctx.issues.push({ code: 'custom', message: 'enum', input: value });
        return z.NEVER;
      }
      return canonical;
    }),
  );
}

/** A boolean, or the strings "true"/"false" the samples send for flags. */
export const flag: z.ZodMiniType<boolean, unknown> = z.pipe(
  z.custom<boolean | string>((value) => typeof value === 'boolean' || typeof value === 'string', { error: 'format' }),
  z.transform((value: boolean | string, ctx) => {
    if (typeof value === 'boolean') return value;
    const normalised = value.trim().toLowerCase();
    if (normalised === 'true') return true;
    if (normalised === 'false') return false;
    ctx.issues.push({ code: 'custom', message: 'format', input: value });
    return z.NEVER;
  }),
);

/** The flag, sent on as the string the samples use. */
export const stringFlag: z.ZodMiniType<string, unknown> = z.pipe(
  flag,
  z.transform((value: boolean) => String(value)),
);

/** Order id: letters, digits, `-` and `_`, at most 21 characters. */
export const orderId = pattern(/^[A-Za-z0-9_-]+$/, 21);

/** A positive decimal amount with at most two decimals and at most `max` characters, sent as a string. */
export function money(max = 16): z.ZodMiniType<string, unknown> {
  return text(max).check(
    matching(/^\d+(\.\d{1,2})?$/, 'format'),
    z.refine((value) => Number(value) > 0, { error: 'range' }),
  );
}

export const amount = money();

/** The same value as a JSON number, for nested objects such as `payment_rules`. */
export function asNumber(validator: z.ZodMiniType<string, unknown>): z.ZodMiniType<number, unknown> {
  return z.pipe(validator, z.transform(Number));
}

/** Uppercase ISO 4217 code. */
export const currency = pattern(/^[A-Z]{3}$/, 3);

/** Email with seed 002's character set; `.` and `_` may not begin or end the local part. */
export const email: z.ZodMiniType<string, unknown> = text(300).check(
  matching(/^[A-Za-z0-9!#$%&'*+\-/=?^_.{|}~`]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, 'email'),
  z.refine((value) => !/^[._]|[._]@/.test(value), { error: 'email' }),
);

/** Phone: digits with an optional leading `+`, 7 to 15 digits. */
export const phone = pattern(/^\+?\d{7,15}$/, 300, 'phone');

/** Names: letters (any script), digits, spaces and `().-_`. */
export const personName = pattern(/^[\p{L}\p{M}0-9 ().\-_]+$/u, 255);

/** Indian PIN code: six digits, not starting with 0. Any other length is the same mistake. */
export const pincode = pattern(/^[1-9]\d{5}$/, 255, 'pincode');

/** A non-negative whole or decimal number, sent as a string. */
export const decimal = pattern(/^\d+(\.\d{1,2})?$/, 20);

/** A whole number, sent as a string. */
export const wholeNumber = pattern(/^\d+$/, 20);

/** A whole number from `min` to `max`, sent as a string. */
export function wholeNumberIn(min: number, max: number): z.ZodMiniType<string, unknown> {
  return wholeNumber.check(z.refine((value) => Number(value) >= min && Number(value) <= max, { error: 'range' }));
}

/** Indian IFSC: four letters, a `0`, six letters or digits; read in any case, sent uppercase. */
export const ifsc: z.ZodMiniType<string, unknown> = z
  .pipe(
    text(),
    z.transform((value: string) => value.toUpperCase()),
  )
  .check(matching(/^[A-Z]{4}0[A-Z0-9]{6}$/, 'ifsc'));

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** An absolute http(s) URL. */
export const webUrl: z.ZodMiniType<string, unknown> = text(1024).check(
  z.refine((value) => /^https?:$/.test(parseUrl(value)?.protocol ?? ''), { error: 'format' }),
);

/** Seed 002's return URL: https, no query string, no IP address host; a fragment is fine. */
export const returnUrl: z.ZodMiniType<string, unknown> = text(255).check(
  z.refine(
    (value) => {
      const url = parseUrl(value);
      // URL normalises numeric hosts (`0x7f.1` → `127.0.0.1`), so the check sees what a browser would dial.
      const ipHost = !url || /^\[|^[\d.]+$/.test(url.hostname);
      return url?.protocol === 'https:' && !ipHost && !value.split('#')[0]!.includes('?');
    },
    { error: 'return_url' },
  ),
);

/** A JSON object, for nested parameters such as `payment_rules`. */
export const plainObject: z.ZodMiniType<Record<string, unknown>, unknown> = z.custom<Record<string, unknown>>(isRecord, { error: 'format' });

/** An array of objects, or the JSON string the Session API carries it in. */
export const jsonArray: z.ZodMiniType<Record<string, unknown>[], unknown> = z.transform((value: unknown, ctx) => {
  const entries = parseEntries(value);
  if (entries) return entries;
  ctx.issues.push({ code: 'custom', message: 'json', input: value });
  return z.NEVER;
});

/** Date of birth: `dd-mm-yyyy`, a real date, in the past. */
export const dateOfBirth: z.ZodMiniType<string, unknown> = text(10).check(
  z.refine((value) => parseDayMonthYear(value) !== undefined, { error: 'date', abort: true }),
  z.refine((value) => parseDayMonthYear(value)!.getTime() < Date.now(), { error: 'date_not_past' }),
);

/** A travel date: `dd-Mon-yyyy`, a real date. */
export const travelDate: z.ZodMiniType<string, unknown> = text(11).check(
  z.refine((value) => parseDayMonthNameYear(value) !== undefined, { error: 'date' }),
);

/** A mandate date: UNIX epoch seconds, 10 digits. */
export const epochSeconds = pattern(/^\d{10}$/, 10);

const DAY_MS = 86_400_000;
const utcDay = (ms: number) => Math.floor(ms / DAY_MS);

/**
 * A mandate start date, which Juspay wants to be today. "Today" differs by up to a day across
 * time zones, so yesterday and tomorrow (UTC) are accepted too.
 */
export const mandateStartDate: z.ZodMiniType<string, unknown> = epochSeconds.check(
  z.refine((value) => Math.abs(utcDay(Number(value) * 1000) - utcDay(Date.now())) <= 1, { error: 'date_not_today' }),
);
