/**
 * Short references for test results, read out over the phone: 8 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L, U/V pairs), shown as two groups of four, e.g. K7Q2-9XMD.
 */
import crypto from 'node:crypto';

export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const REFERENCE_RE = new RegExp(`^[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

export function newReference(): string {
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === 4) out += '-';
    out += REFERENCE_ALPHABET.charAt(crypto.randomInt(REFERENCE_ALPHABET.length));
  }
  return out;
}
