/** The Session API's date formats, parsed to and formatted from UTC dates. No zod: forms render with these. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function realDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : undefined;
}

/** Parses `dd-mm-yyyy` to a UTC date, or undefined when it is not a real date. */
export function parseDayMonthYear(value: string): Date | undefined {
  const match = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  return match ? realDate(Number(match[3]), Number(match[2]), Number(match[1])) : undefined;
}

/** Parses `dd-Mon-yyyy` (e.g. `29-Dec-2024`) to a UTC date. */
export function parseDayMonthNameYear(value: string): Date | undefined {
  const match = /^(\d{2})-([A-Za-z]{3})-(\d{4})$/.exec(value);
  if (!match) return undefined;
  const month = MONTHS.findIndex((name) => name.toLowerCase() === match[2]!.toLowerCase());
  return month < 0 ? undefined : realDate(Number(match[3]), month + 1, Number(match[1]));
}

/** Parses an ISO `yyyy-mm-dd` (what a date control gives) to a UTC date. */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? realDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDayMonthYear(date: Date): string {
  return `${pad(date.getUTCDate())}-${pad(date.getUTCMonth() + 1)}-${date.getUTCFullYear()}`;
}

export function formatDayMonthNameYear(date: Date): string {
  return `${pad(date.getUTCDate())}-${MONTHS[date.getUTCMonth()]}-${date.getUTCFullYear()}`;
}

export function formatIsoDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Parses 10-digit epoch seconds (UTC) to a date. */
export function parseEpochSeconds(value: string): Date | undefined {
  return /^\d{10}$/.test(value) ? new Date(Number(value) * 1000) : undefined;
}

export function formatEpochSeconds(date: Date): string {
  return String(Math.floor(date.getTime() / 1000));
}

/** The wire formats of date parameters; form controls hold ISO `yyyy-mm-dd`. */
export type DateFormat = 'dd-mm-yyyy' | 'dd-Mon-yyyy' | 'epoch-seconds';

export const dateFormats: Record<DateFormat, { parse: (value: string) => Date | undefined; format: (date: Date) => string }> = {
  'dd-mm-yyyy': { parse: parseDayMonthYear, format: formatDayMonthYear },
  'dd-Mon-yyyy': { parse: parseDayMonthNameYear, format: formatDayMonthNameYear },
  'epoch-seconds': { parse: parseEpochSeconds, format: formatEpochSeconds },
};
