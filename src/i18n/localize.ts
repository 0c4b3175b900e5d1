import { en, type MessageKey, type Messages } from './en.js';

/** Languages with a catalogue: English is built in, the others are JSON files fetched on first use. */
export const languages = ['en', 'hi', 'th', 'vi', 'id', 'ko'] as const;

const english: Partial<Messages> = { ...en };
const catalogues: Record<string, Partial<Messages>> = { en: english };

/** English messages shown after the first render (`en-messages.ts`), added when their chunk arrives. */
export function addEnglish(messages: Partial<Messages>): void {
  Object.assign(english, messages);
}
const loading = new Map<string, Promise<void>>();

/**
 * A catalogue's URL: in `locales/` beside this module's file, the npm build's or the script-tag
 * chunk's. The `new URL(…, import.meta.url)` form lets bundlers such as Vite copy the files into an app's build.
 */
const localeUrl = (code: string) => new URL(`./locales/${code}.json`, import.meta.url);

/** `hi-IN` → `hi`; an unknown language → `en`. */
export function resolveLanguage(lang: string | undefined | null): string {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (languages as readonly string[]).includes(base) ? base : 'en';
}

/**
 * Fetches a language's catalogue once; resolves (with English still in place) even if it fails.
 * Returns undefined when the catalogue is already there, so callers need not re-render.
 */
export function loadLanguage(lang: string | undefined | null): Promise<void> | undefined {
  const code = resolveLanguage(lang);
  if (catalogues[code]) return undefined;
  let load = loading.get(code);
  if (!load) {
    load = fetch(localeUrl(code))
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((messages: Partial<Messages>) => {
        catalogues[code] = messages;
      })
      .catch(() => {
        // English stays; a later render may try again.
        loading.delete(code);
      });
    loading.set(code, load);
  }
  return load;
}

export type Translate = (key: MessageKey | string, values?: Record<string, string | number>) => string;

/** A translator for one language, with per-key overrides from the merchant winning, then English. */
export function translator(lang: string, overrides: Record<string, string> = {}): Translate {
  const catalogue: Record<string, string | undefined> = catalogues[resolveLanguage(lang)] ?? {};
  const fallback: Record<string, string | undefined> = english;
  return (key, values = {}) => {
    const template = overrides[key] ?? catalogue[key] ?? fallback[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
  };
}

/** Intl formatters are slow to build and the form redraws often: one per language and options. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

export function currencyFormat(lang: string, currency: string): Intl.NumberFormat {
  const key = `n|${lang}|${currency}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(lang || undefined, { style: 'currency', currency })));
  return format;
}

export function dateFormat(lang: string): Intl.DateTimeFormat {
  const key = `d|${lang}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(lang || undefined, { dateStyle: 'medium', timeZone: 'UTC' })));
  return format;
}
