/** Every row of the User-Agent corpus, asserted end to end: classification, capability and advice. */
import { describe, expect, it } from 'vitest';
import { adviceForUserAgent, renderAdviceHtml } from '../../server/advice/index.js';
import { CORPUS, POISON, rowTitle } from './corpus.js';

describe('User-Agent corpus', () => {
  it('is large and covers every required client group', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(220);
    const families = new Set(CORPUS.map((r) => r.family));
    for (const f of [
      'ie', 'iemobile', 'edge-legacy', 'edge', 'chrome', 'crios', 'firefox', 'fxios', 'gecko', 'safari', 'safari-windows',
      'ios-safari', 'android-browser', 'android-webview', 'samsung-internet', 'opera-presto', 'opera-mobile', 'opera',
      'opera-mini', 'proxy', 'uc', 'chromium-based', 'silk-legacy', 'blackberry', 'nokia', 'in-app', 'java', 'curl',
      'python', 'okhttp', 'go', 'node', 'php', 'dotnet', 'winhttp', 'wget', 'bot', 'unknown',
    ]) {
      expect(families, f).toContain(f);
    }
    expect(CORPUS.some((r) => r.ua === '')).toBe(true);
    expect(CORPUS.some((r) => r.ua.length >= 16 * 1024)).toBe(true);
  });

  it.each(CORPUS.map((row, i) => [rowTitle(row, i), row] as const))('%s', (_title, row) => {
    const { client, advice, alternate } = adviceForUserAgent(row.ua);
    expect({
      kind: client.kind,
      family: client.family,
      major: client.browser_major,
      os: client.os,
      tls12: advice.tls12,
      advice_id: advice.advice_id,
    }).toEqual({
      kind: row.kind,
      family: row.family,
      major: row.major,
      os: row.os,
      tls12: row.tls12,
      advice_id: row.advice_id,
    });
    if (row.alternate_advice_id) expect(alternate?.advice_id).toBe(row.alternate_advice_id);

    // Nothing that reaches a person says undefined/null/NaN.
    const texts = [advice.heading, advice.summary ?? '', ...advice.steps, ...advice.links.map((l) => l.label)];
    for (const t of texts) expect(t, t).not.toMatch(POISON);
    for (const v of Object.values(client)) if (typeof v === 'string') expect(v).not.toMatch(POISON);
    expect(renderAdviceHtml(advice)).not.toMatch(POISON);
    expect(advice.heading.trim()).not.toBe('');
    expect(advice.steps.length).toBeGreaterThan(0);
  });
});
