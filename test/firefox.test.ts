/**
 * A real TLS 1.1-era browser: Debian's Firefox ESR with security.tls.version.min=1 and max=2, driven headless by
 * puppeteer-core over WebDriver BiDi, trusting the local CA through its profile's NSS database.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CA_FILE, OUTPUT_DIR } from './helpers/paths.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

describe.skipIf(!fs.existsSync(FIREFOX) && !process.env.CI)('Firefox ESR limited to TLS 1.0-1.1', () => {
  let srv: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    srv = await startTestServer();
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-firefox-'));
    execFileSync('certutil', ['-d', `sql:${profile}`, '-N', '--empty-password'], { stdio: 'pipe' });
    execFileSync('certutil', ['-d', `sql:${profile}`, '-A', '-t', 'C,,', '-n', 'tlstest test CA', '-i', CA_FILE], { stdio: 'pipe' });
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: {
        'security.tls.version.min': 1,
        'security.tls.version.max': 2,
        // A closed network: no update checks, telemetry or captive-portal probes.
        'network.captive-portal-service.enabled': false,
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
      timeout: 60_000,
    });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  });

  it('fail-protocol, TLS 1.0 yes, TLS 1.2 no, with the Firefox steps', async () => {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${srv.httpPort}/`);
    // Polled from here: puppeteer's waitForFunction builds its poller with Function() inside the page, which the
    // page's Content-Security-Policy (no 'unsafe-eval') blocks in Firefox 140; page.evaluate is not subject to it.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const v = await page.evaluate(() => document.getElementById('result')?.getAttribute('data-verdict') ?? null);
      if (v && v !== 'pending') break;
      if (Date.now() > deadline) throw new Error(`no verdict within 20 s (data-verdict: ${v})`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const attrs = await page.evaluate(() => {
      const r = document.getElementById('result') as HTMLElement;
      return ['data-verdict', 'data-tls10', 'data-tls11', 'data-tls12', 'data-tls13'].map((a) => r.getAttribute(a));
    });
    expect(attrs).toEqual(['fail-protocol', 'yes', 'yes', 'no', 'no']);
    const steps = await page.evaluate(() => {
      const s = document.getElementById('steps') as HTMLElement;
      return { text: s.textContent ?? '', shown: getComputedStyle(s).display !== 'none' };
    });
    expect(steps.shown).toBe(true);
    expect(steps.text).toMatch(/Firefox/);
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'fail-firefox-tls11.png'), fullPage: true });
  });
});
