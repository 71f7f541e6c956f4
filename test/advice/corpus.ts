/** The User-Agent fixture corpus, typed. */
import { readFileSync } from 'node:fs';
import type { ClientKind, Tls12Capability } from '../../server/advice/types.js';

export interface CorpusRow {
  ua: string;
  kind: ClientKind;
  family: string;
  major: number | null;
  os: string | null;
  tls12: Tls12Capability;
  advice_id: string;
  /** For Mac Safari: the iPadOS alternate advice. */
  alternate_advice_id?: string;
  note?: string;
}

export const CORPUS: readonly CorpusRow[] = JSON.parse(
  readFileSync(new URL('../fixtures/user-agents.json', import.meta.url), 'utf8'),
) as CorpusRow[];

/** Text that must never reach a user. */
export const POISON = /\b(?:undefined|null|NaN)\b/i;

/** A short, unique-enough test title for a row. */
export function rowTitle(row: CorpusRow, i: number): string {
  const ua = row.ua.length > 90 ? `${row.ua.slice(0, 90)}... (${row.ua.length} chars)` : row.ua;
  return `#${i} ${row.advice_id}: ${JSON.stringify(ua)}`;
}
