/** Property tests: classify and adviseFor are total, fast and never leak placeholder words. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../server/advice/classify.js';
import { adviseFor, renderAdviceHtml } from '../../server/advice/index.js';
import { RULES } from '../../server/advice/rules.js';
import type { ClientInfo, ClientKind } from '../../server/advice/types.js';
import { CORPUS, POISON } from './corpus.js';

const MAX_INPUT = 64 * 1024;
const BUDGET_MS = 5;
const KINDS: readonly ClientKind[] = ['browser', 'in-app-browser', 'proxy-browser', 'api-client', 'bot', 'unknown'];
const RULE_IDS = new Set(RULES.map((r) => r.id));
const REAL_UAS = CORPUS.map((r) => r.ua).filter((u) => u.length > 0 && u.length < 1000);

/** Fragments that real UAs and ua-parser's patterns revolve around: good material for backtracking. */
const FRAGMENTS = [
  ' ', '  ', ';', '; ', '(', ')', '/', '.', '_', '-', ',', 'a', 'x', '1', '1.', ' like ', 'Mozilla/5.0 ', 'Android ',
  'Linux; ', 'Version/4.0 ', 'Chrome/', 'CriOS/', 'Safari/', 'AppleWebKit/537.36 ', 'rv:', 'Trident/', 'MSIE ', 'Windows NT ',
  'Build/', 'wv)', 'Mobile ', 'iPhone OS ', 'Mac OS X ', 'Opera', 'Presto/', 'Edge/', 'Edg/', 'FBAN/', 'Instagram ', 'Java/',
  'curl/', 'bot', 'Redmi', 'BNR', 'SM-', 'KHTML, like Gecko', 'undefined', 'null', 'NaN',
];

const anyString = fc.string({ unit: 'binary', maxLength: MAX_INPUT, size: 'max' });
const tokenSoup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6000 }).map((a) => a.join('').slice(0, MAX_INPUT));
const mutatedRealUa = fc
  .tuple(fc.constantFrom(...REAL_UAS), fc.nat(), fc.constantFrom(...FRAGMENTS), fc.integer({ min: 0, max: 20000 }))
  .map(([ua, at, frag, times]) => {
    const pos = at % (ua.length + 1);
    return (ua.slice(0, pos) + frag.repeat(times) + ua.slice(pos)).slice(0, MAX_INPUT);
  });
const uaLike = fc.oneof(anyString, tokenSoup, mutatedRealUa);

/** Best of three runs: the cost of the function itself, without a stray GC pause or a busy neighbour. */
/**
 * The classifier's own cost for `ua`: the best of several runs, so that a moment when the (2-core, shared) machine
 * is busy with other tests does not count; an input that is really slow stays slow in every run.
 */
function timeClassify(ua: string): number {
  let best = Infinity;
  for (let i = 0; i < 12 && (i < 3 || best >= BUDGET_MS); i++) {
    const t = performance.now();
    classify(ua);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

beforeAll(() => {
  // Warm-up: let V8 compile the parser's and our regexes before anything is timed.
  for (let i = 0; i < 3; i++) for (const ua of CORPUS) classify(ua.ua);
});

describe('classify', () => {
  it(`never throws and stays under ${BUDGET_MS} ms for any string up to 64 KB`, () => {
    let slowest = 0;
    let slowestInput = '';
    fc.assert(
      fc.property(uaLike, (ua) => {
        const c = classify(ua);
        expect(KINDS).toContain(c.kind);
        const ms = timeClassify(ua);
        if (ms > slowest) {
          slowest = ms;
          slowestInput = ua;
        }
      }),
      { numRuns: 300 },
    );
    expect(slowest, `slowest input (${slowestInput.length} chars): ${JSON.stringify(slowestInput.slice(0, 120))}`).toBeLessThan(BUDGET_MS);
  });

  it('never lets placeholder words or markup from the UA through to the rendered advice', () => {
    fc.assert(
      fc.property(fc.oneof(tokenSoup, mutatedRealUa, fc.constantFrom(...REAL_UAS).map((u) => `${u} <script>x</script> undefined`)), (ua) => {
        const c = classify(ua);
        for (const v of Object.values(c)) if (typeof v === 'string') expect(v).not.toMatch(POISON);
        const html = renderAdviceHtml(adviseFor(c));
        expect(html).not.toMatch(POISON);
        expect(html).not.toContain('<script');
      }),
      { numRuns: 300 },
    );
  });
});

describe('adviseFor', () => {
  const messy = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.constant('undefined'),
    fc.constant('null'),
    fc.constant(Number.NaN),
    fc.constant(Number.POSITIVE_INFINITY),
    fc.string({ maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.constantFrom('Windows', 'Mac OS', 'iOS', 'iPadOS', 'Android', 'XP', 'Vista', '7', '4.4.2', '10.15.7', 'ie', 'chrome', 'safari', 'firefox', 'java'),
    fc.anything(),
  );
  const client = fc.record({
    kind: fc.oneof(fc.constantFrom(...KINDS), messy),
    browser: messy,
    browser_version: messy,
    browser_major: messy,
    engine: messy,
    os: messy,
    os_version: messy,
    device_type: messy,
    family: messy,
    engine_version: messy,
    chromium_major: messy,
    app: messy,
  });

  it('never throws, always names a rule and a heading, and never says undefined/null/NaN', () => {
    fc.assert(
      fc.property(client, (raw) => {
        const a = adviseFor(raw as unknown as ClientInfo);
        expect(RULE_IDS.has(a.advice_id)).toBe(true);
        expect(a.heading.trim()).not.toBe('');
        for (const t of [a.heading, a.summary ?? '', ...a.steps]) expect(t).not.toMatch(POISON);
        expect(a.steps.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('survives a missing client', () => {
    expect(adviseFor(undefined as unknown as ClientInfo).advice_id).toBe('generic');
    expect(adviseFor(null as unknown as ClientInfo).advice_id).toBe('generic');
  });
});
