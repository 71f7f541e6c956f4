/** Public interface of the client classifier and the remediation knowledge base. */
import { classify } from './classify.js';
import { adviseFor, alternateAdviceForTouchMac } from './advise.js';
import type { Lang } from '../i18n/index.js';
import type { Advice, ClientInfo } from './types.js';

export { classify } from './classify.js';
export { adviseFor, alternateAdviceForTouchMac } from './advise.js';
export { renderAdviceHtml } from './render.js';
export { adviceText, adviceSourceTexts, untranslatedAdviceTexts, orphanAdviceTranslations } from './i18n/index.js';
export type { Advice, AdviceLink, ClientInfo, ClientKind, Tls12Capability } from './types.js';

/**
 * Classify a User-Agent and give its advice, plus the iPadOS alternate for Mac Safari (else null), with the text
 * in `lang` (English by default, and wherever a translation is missing).
 */
export function adviceForUserAgent(ua: string, lang: Lang = 'en'): { client: ClientInfo; advice: Advice; alternate: Advice | null } {
  const client = classify(ua);
  return { client, advice: adviseFor(client, lang), alternate: alternateAdviceForTouchMac(client, lang) };
}
