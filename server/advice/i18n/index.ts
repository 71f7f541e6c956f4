/**
 * Translations of the knowledge base (rules.ts stays the English source of truth).
 *
 * A catalogue maps an English text of rules.ts (a heading candidate, summary, step or link label, or one of
 * its WORDS) to its translation. Keying by the English text itself, as gettext does, means:
 * - reordering or inserting steps never moves a translation onto the wrong step;
 * - wording shared by many rules (the clock, antivirus and proxy steps) is translated once;
 * - editing an English text can never leave an outdated translation on screen: the edited text has no entry,
 *   so it shows in English and the untranslated list (test/advice/i18n.test.ts) names it until it is
 *   translated again. A translation whose English text no longer exists is reported as an orphan.
 * Translations keep the template syntax: the same {placeholders}, and the same ones inside [optional parts].
 */
import type { Lang } from '../../i18n/index.js';
import { RULES, WORDS, type Rule } from '../rules.js';
import { es } from './es.js';
import { zhCN } from './zh-CN.js';

/** English text -> translation. */
export type AdviceCatalogue = Readonly<Record<string, string>>;

export const ADVICE_CATALOGUES: Readonly<Record<Lang, AdviceCatalogue>> = { en: {}, es, 'zh-CN': zhCN };

const own = Object.prototype.hasOwnProperty;

/** The text in `lang`, or the English text where the catalogue has no translation. */
export function adviceText(lang: Lang, english: string, catalogue?: AdviceCatalogue): string {
  const cat = catalogue ?? ADVICE_CATALOGUES[lang] ?? {};
  const translated = own.call(cat, english) ? cat[english] : undefined;
  return typeof translated === 'string' && translated !== '' ? translated : english;
}

/**
 * Every English text of the knowledge base that can reach a reader, with where it is used (e.g.
 * "ie8-10-win7.step.3", "ie11.link.0", "words.browser"), in table order.
 */
export function adviceSourceTexts(rules: readonly Rule[] = RULES): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  const add = (text: string, where: string) => {
    const uses = texts.get(text);
    if (uses) uses.push(where);
    else texts.set(text, [where]);
  };
  for (const rule of rules) {
    rule.heading.forEach((h, i) => add(h, `${rule.id}.heading.${i}`));
    add(rule.summary, `${rule.id}.summary`);
    rule.steps.forEach((s, i) => add(s, `${rule.id}.step.${i}`));
    rule.links.forEach((l, i) => add(l.label, `${rule.id}.link.${i}`));
  }
  for (const [name, text] of Object.entries(WORDS)) add(text, `words.${name}`);
  return texts;
}

export interface UntranslatedText {
  /** The English text (the catalogue key). */
  text: string;
  /** Where it is used, e.g. "firefox-24-26.step.0". */
  usedIn: string[];
}

/** English texts the catalogue of `lang` lacks: they show in English. Empty for English itself. */
export function untranslatedAdviceTexts(lang: Lang, catalogue: AdviceCatalogue = ADVICE_CATALOGUES[lang]): UntranslatedText[] {
  if (lang === 'en') return [];
  return [...adviceSourceTexts()]
    .filter(([text]) => !own.call(catalogue, text) || !catalogue[text])
    .map(([text, usedIn]) => ({ text, usedIn }));
}

/** Catalogue entries whose English text is no longer in the knowledge base (edited or removed there). */
export function orphanAdviceTranslations(lang: Lang, catalogue: AdviceCatalogue = ADVICE_CATALOGUES[lang]): string[] {
  const sources = adviceSourceTexts();
  return Object.keys(catalogue).filter((text) => !sources.has(text));
}
