import { en, type MessageKey, type Messages } from './en.js';

/** Languages with a catalogue: English is built in, the others are JSON files loaded on first use. */
export const languages = ['en', 'hi', 'th', 'vi', 'id', 'ko'] as const;

type Catalogue = Partial<Messages>;

const english: Catalogue = { ...en };
const catalogues: Record<string, Catalogue> = { en: english };

/** English messages shown after the first render (`en-messages.ts`), added when their chunk arrives. */
export function addEnglish(messages: Catalogue): void {
  Object.assign(english, messages);
}
/** One load per language and page, whether it worked or not: a missing catalogue is not asked for again. */
const loads = new Map<string, Promise<void>>();
const failed = new Set<string>();
const explained = new Set<string>();

/**
 * The npm build's catalogues, as literal dynamic imports: every bundler (Vite, in dev too, webpack,
 * esbuild) and a browser without one can follow them, and each language stays a file of its own.
 */
const catalogueModules: Record<string, () => Promise<{ default: Catalogue }>> = {
  hi: () => import('./locales/hi.json', { with: { type: 'json' } }),
  th: () => import('./locales/th.json', { with: { type: 'json' } }),
  vi: () => import('./locales/vi.json', { with: { type: 'json' } }),
  id: () => import('./locales/id.json', { with: { type: 'json' } }),
  ko: () => import('./locales/ko.json', { with: { type: 'json' } }),
};

const importCatalogue = async (code: string): Promise<Catalogue> => (await catalogueModules[code]!()).default;

/** The script-tag build's way: `locales/<code>.json` fetched from beside this module's chunk. */
export async function fetchCatalogue(code: string): Promise<Catalogue> {
  // Not `new URL(…, import.meta.url)`: bundlers rewrite that form, and this one must stay as written.
  const here = import.meta.url;
  const url = new URL(`./locales/${code}.json`, here);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return (await response.json()) as Catalogue;
}

/** How catalogues arrive; the script-tag build (vite.config.ts) swaps in `fetchCatalogue`, keeping languages out of its chunks. */
const loadCatalogue = importCatalogue;

/** Says once per reason why the widget shows English, so a merchant can see what to fix. */
function explain(reason: string): void {
  if (explained.has(reason)) return;
  explained.add(reason);
  console.warn(`juspay-session-checkout: ${reason}; showing English.`);
}

/** `hi-IN` or `hi_IN` → `hi`; a language without a catalogue → `en`. */
export function resolveLanguage(lang: string | undefined | null): string {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (languages as readonly string[]).includes(base) ? base : 'en';
}

/**
 * A tag `Intl` accepts: underscores become hyphens (`en_US` → `en-US`), and anything still not a
 * well-formed BCP 47 tag becomes `en`, so formatting never throws.
 */
export function intlLocale(lang: string | undefined | null): string {
  const tag = (lang ?? '').trim().replaceAll('_', '-');
  if (!tag) return 'en';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    explain(`"${lang}" is not a language tag`);
    return 'en';
  }
}

/**
 * Loads a language's catalogue, at most once per page; resolves (English still in place) even if
 * that fails, and says why in the console. Returns undefined when there is nothing to wait for.
 */
export function loadLanguage(lang: string | undefined | null): Promise<void> | undefined {
  const code = resolveLanguage(lang);
  if (code === 'en' && lang && !/^en([-_]|$)/i.test(lang) && intlLocale(lang) !== 'en') explain(`there are no "${lang}" strings`);
  if (catalogues[code] || failed.has(code)) return undefined;
  let load = loads.get(code);
  if (!load) {
    load = loadCatalogue(code).then(
      (messages) => {
        catalogues[code] = messages;
      },
      (error: unknown) => {
        failed.add(code);
        explain(`the "${code}" strings could not be loaded (${error instanceof Error ? error.message : String(error)})`);
      },
    );
    loads.set(code, load);
  }
  return load;
}

/** The language the widget's text is in: the asked-for one once its catalogue is there, else English. */
export function activeLanguage(lang: string | undefined | null): string {
  const code = resolveLanguage(lang);
  return catalogues[code] ? code : 'en';
}

export type Translate = (key: MessageKey | string, values?: Record<string, string | number>) => string;

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * A translator for one language, with per-key overrides from the merchant winning, then English.
 * A numeric `count` picks the plural form `key.one`, `key.other`… by `Intl.PluralRules`.
 */
export function translator(lang: string, overrides: Record<string, string> = {}): Translate {
  const code = resolveLanguage(lang);
  const catalogue: Record<string, string | undefined> = catalogues[code] ?? {};
  const fallback: Record<string, string | undefined> = english;
  const lookup = (key: string) => overrides[key] ?? catalogue[key] ?? fallback[key];
  return (key, values = {}) => {
    let template: string | undefined;
    if (typeof values.count === 'number') {
      let rules = pluralRules.get(code);
      if (!rules) pluralRules.set(code, (rules = new Intl.PluralRules(code)));
      template = lookup(`${key}.${rules.select(values.count)}`) ?? lookup(`${key}.other`);
    }
    template ??= lookup(key) ?? key;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
  };
}

/** Intl formatters are slow to build and the form redraws often: one per language and options. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/**
 * The amount in the customer's language. A currency `Intl` refuses (`RUPEES`) formats as a plain
 * number, so the form still renders; the element reports the attribute.
 */
export function currencyFormat(lang: string, currency: string): Intl.NumberFormat {
  const locale = intlLocale(lang);
  const key = `n|${locale}|${currency}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    formatters.set(key, format);
  }
  return format;
}

export function dateFormat(lang: string): Intl.DateTimeFormat {
  const locale = intlLocale(lang);
  const key = `d|${locale}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })));
  return format;
}
