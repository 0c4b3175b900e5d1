import { en, type MessageKey, type Messages } from './en.js';

/** Catalogues by base language; English is always complete and the fallback. */
const catalogues: Record<string, Partial<Messages>> = { en };

/** `hi-IN` → `hi`; an unknown language → `en`. */
export function resolveLanguage(lang: string | undefined | null): string {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return base in catalogues ? base : 'en';
}

export type Translate = (key: MessageKey | string, values?: Record<string, string | number>) => string;

/** A translator for one language, with per-key overrides from the merchant winning. */
export function translator(lang: string, overrides: Record<string, string> = {}): Translate {
  const catalogue = catalogues[resolveLanguage(lang)] ?? {};
  return (key, values = {}) => {
    const template = overrides[key] ?? (catalogue as Record<string, string>)[key] ?? (en as Record<string, string>)[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
  };
}
