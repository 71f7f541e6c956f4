/** The one-paragraph result summary support staff read back: never the visitor's IP address. */
import type { ClientInfo } from './advice/types.js';
import type { Diagnosis } from './diagnosis/verdict.js';
import { LANG_TAG, t, type Lang } from './i18n/index.js';

export interface SummaryInput {
  lang: Lang;
  reference: string;
  diagnosis: Pick<Diagnosis, 'verdict' | 'matrix'>;
  client: ClientInfo;
  time: Date;
}

/** One formatter per language, made on first use: making one costs about 2 ms (ICU), using it a few microseconds. */
const UTC_FORMATS = new Map<Lang, Intl.DateTimeFormat>();

export function formatUtcTime(lang: Lang, time: Date): string {
  let f = UTC_FORMATS.get(lang);
  if (!f) UTC_FORMATS.set(lang, (f = new Intl.DateTimeFormat(LANG_TAG[lang], { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' })));
  return f.format(time);
}

export function buildSummary(input: SummaryInput): string {
  const { lang, client } = input;
  const unknown = t(lang, 'summary.unknownValue');
  const cell = (v: string) => t(lang, `test.matrix.${v as 'yes' | 'no' | 'blocked' | 'unknown'}`);
  const m = input.diagnosis.matrix;
  return t(lang, 'summary.text', {
    reference: input.reference,
    verdict: t(lang, `summary.verdict.${input.diagnosis.verdict}`),
    browser: [client.browser, client.browser_version].filter(Boolean).join(' ') || unknown,
    os: [client.os, client.os_version].filter(Boolean).join(' ') || unknown,
    tls10: cell(m.tls10),
    tls11: cell(m.tls11),
    tls12: cell(m.tls12),
    tls13: cell(m.tls13),
    time: formatUtcTime(lang, input.time),
  });
}
