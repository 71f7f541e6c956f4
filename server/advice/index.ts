/** Public interface of the client classifier and the remediation knowledge base. */
import { classify } from './classify.js';
import { adviseFor, alternateAdviceForTouchMac } from './advise.js';
import type { Advice, ClientInfo } from './types.js';

export { classify } from './classify.js';
export { adviseFor, alternateAdviceForTouchMac } from './advise.js';
export { renderAdviceHtml } from './render.js';
export type { Advice, AdviceLink, ClientInfo, ClientKind, Tls12Capability } from './types.js';

/** Classify a User-Agent and give its advice, plus the iPadOS alternate for Mac Safari (else null). */
export function adviceForUserAgent(ua: string): { client: ClientInfo; advice: Advice; alternate: Advice | null } {
  const client = classify(ua);
  return { client, advice: adviseFor(client), alternate: alternateAdviceForTouchMac(client) };
}
