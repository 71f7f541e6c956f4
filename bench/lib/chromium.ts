/**
 * Chromium's view: time from navigation start to the pass verdict on the test page, and what the page costs
 * (requests, bytes). Debian's Chromium through playwright-core, trusting the run's CA through a private NSS
 * database (certutil), never by ignoring certificate errors.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface VerdictTiming {
  runs: number;
  verdicts: string[];
  /** Milliseconds from navigation start to the final verdict (median and worst of the runs). */
  medianMs: number;
  maxMs: number;
  /** Milliseconds from the load event (when the probes start) to the verdict, median. */
  afterLoadMedianMs: number;
  /** One visit: requests made (failed ones included) and bytes received (headers + bodies). */
  requests: number;
  failedRequests: number;
  bytes: number;
}

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM) && hasCertutil();
}

function hasCertutil(): boolean {
  try {
    execFileSync('certutil', ['-H'], { stdio: 'ignore' });
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

function homeTrusting(dir: string, caFile: string): string {
  const home = path.join(dir, 'chromium-home');
  const db = path.join(home, '.pki', 'nssdb');
  fs.mkdirSync(db, { recursive: true });
  execFileSync('certutil', ['-d', `sql:${db}`, '-N', '--empty-password'], { stdio: 'pipe' });
  execFileSync('certutil', ['-d', `sql:${db}`, '-A', '-t', 'C,,', '-n', 'tlstest bench CA', '-i', caFile], { stdio: 'pipe' });
  return home;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : NaN;
};

/** Open `url` `runs` times, each in a fresh browser context (no cache, no TLS sessions), after one warm-up. */
/** `afterWarmUp` is called once the first (untimed) visit is over, before the timed ones. */
export async function timeToVerdict(url: string, caFile: string, tmpDir: string, runs = 5, afterWarmUp?: () => void): Promise<VerdictTiming> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, HOME: homeTrusting(tmpDir, caFile) } as Record<string, string>,
    timeout: 30_000,
  });
  try {
    const times: number[] = [];
    const afterLoad: number[] = [];
    const verdicts: string[] = [];
    let requests = 0;
    let failedRequests = 0;
    let bytes = 0;
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext();
      // Note the moment #result gets its final verdict (a MutationObserver: exact, unlike polling).
      await context.addInitScript(() => {
        const w = window as unknown as { __verdict?: { verdict: string; at: number } };
        new MutationObserver(() => {
          const v = document.getElementById('result')?.getAttribute('data-verdict');
          if (v && v !== 'pending' && !w.__verdict) w.__verdict = { verdict: v, at: performance.now() };
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-verdict'] });
      });
      const page = await context.newPage();
      const sizes: Array<Promise<number>> = [];
      let failed = 0;
      let count = 0;
      page.on('request', () => count++);
      page.on('requestfailed', () => failed++);
      page.on('requestfinished', (req) => sizes.push(req.sizes().then((s) => s.responseHeadersSize + s.responseBodySize, () => 0)));
      await page.goto(url, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        () => {
          const w = window as unknown as { __verdict?: { verdict: string; at: number } };
          if (!w.__verdict) return false;
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return { ...w.__verdict, load: nav?.loadEventStart ?? NaN };
        },
        undefined,
        { timeout: 30_000, polling: 20 },
      );
      const r = (await handle.jsonValue()) as { verdict: string; at: number; load: number };
      if (i > 0) {
        times.push(r.at);
        afterLoad.push(r.at - r.load);
        verdicts.push(r.verdict);
      }
      if (i === runs) {
        await page.waitForLoadState('networkidle').catch(() => undefined);
        requests = count;
        failedRequests = failed;
        bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      }
      await context.close();
      if (i === 0) afterWarmUp?.();
    }
    return {
      runs,
      verdicts,
      medianMs: median(times),
      maxMs: Math.max(...times),
      afterLoadMedianMs: median(afterLoad),
      requests,
      failedRequests,
      bytes,
    };
  } finally {
    await browser.close();
  }
}
