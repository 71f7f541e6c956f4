/**
 * Languages of the visitor-facing pages: chosen from `?lang=` (an explicit choice) or else Accept-Language, with
 * the site's default last. Lookup falls back to English for keys a catalogue lacks.
 */
import { en, type Catalogue, type MessageKey } from './en.js';
import { es } from './es.js';
import { zhCN } from './zh-CN.js';

export type { Catalogue, MessageKey } from './en.js';

export const LANGUAGES = ['en', 'es', 'zh-CN'] as const;
export type Lang = (typeof LANGUAGES)[number];

const CATALOGUES: Record<Lang, Catalogue> = { en, es, 'zh-CN': zhCN };

/** BCP 47 tags for the `lang` attribute and Intl formatting. */
export const LANG_TAG: Record<Lang, string> = { en: 'en', es: 'es', 'zh-CN': 'zh-Hans-CN' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Map one language range of Accept-Language (or a ?lang= value) to a supported language, or null. */
export function matchLanguage(range: string): Lang | null {
  const tag = range.trim().toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'es' || tag.startsWith('es-')) return 'es';
  // Simplified Chinese: zh, zh-CN, zh-SG, zh-Hans*. Traditional (zh-TW, zh-HK, zh-Hant) is not offered.
  if (tag === 'zh' || tag === 'zh-cn' || tag === 'zh-sg' || tag.startsWith('zh-hans')) return 'zh-CN';
  return null;
}

/**
 * The language for a request: a valid `override` (?lang=) wins; then the Accept-Language ranges by quality
 * (ties keep header order); then `fallback`. Bounded work for any header.
 */
export function negotiateLanguage(acceptLanguage: string | undefined, override: unknown, fallback: Lang = 'en'): Lang {
  if (typeof override === 'string') {
    const chosen = isLang(override) ? override : matchLanguage(override.slice(0, 20));
    if (chosen) return chosen;
  }
  if (!acceptLanguage) return fallback;
  const ranges = acceptLanguage
    .slice(0, 512)
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [range = '', ...params] = part.split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p)).find(Boolean);
      return { range: range.trim(), q: q ? Number(q[1]) : 1, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const r of ranges) {
    const lang = matchLanguage(r.range);
    if (lang) return lang;
  }
  return fallback;
}

export type Params = Record<string, string | number>;

/** The message in `lang` (English where untranslated) with {placeholders} filled in. Plain text: escape for HTML. */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  return translateWith(CATALOGUES[lang], key, params);
}

/** Lookup in one catalogue, English where it lacks the key. */
export function translateWith(catalogue: Catalogue, key: MessageKey, params: Params = {}): string {
  const text = catalogue[key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Keys the catalogue of `lang` lacks (they show in English). */
export function untranslatedKeys(lang: Lang): MessageKey[] {
  return (Object.keys(en) as MessageKey[]).filter((k) => CATALOGUES[lang][k] === undefined);
}

/** A translator bound to one language. */
export type Translate = (key: MessageKey, params?: Params) => string;
export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}
