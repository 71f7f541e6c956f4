/**
 * The test page in a real browser: Debian's Chromium, a fresh profile, the local CA trusted through NSS.
 * Pass, a real handshake failure, a browser-specific User-Agent, a probe that never answers, and no script.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { adviceForUserAgent } from '../server/advice/index.js';
import { chromiumAvailable, finalVerdict, launchChromium, newContext, screenshot } from './helpers/browser.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const IE10_WIN7 = 'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)';

// In CI a missing browser is a failure, not a skip (.ci/run installs it).
describe.skipIf(!chromiumAvailable() && !process.env.CI)('Chromium on the test page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  describe('default policy (TLS 1.2+)', () => {
    let srv: TestServer;
    beforeAll(async () => {
      srv = await startTestServer();
    });
    afterAll(() => srv.close());

    it('pass: the probe handshake succeeds with a validated certificate', async () => {
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      await page.goto(`http://localhost:${srv.httpPort}/`);
      expect(await finalVerdict(page)).toBe('pass');
      expect(await page.isVisible('#r-pass')).toBe(true);
      expect(await page.isVisible('#r-fail-protocol')).toBe(false);
      // Chromium removed TLS 1.0/1.1 (version 84): the per-version probes show exactly that.
      const matrix = await page.evaluate(() => ['tls10', 'tls11', 'tls12', 'tls13'].map((v) => document.getElementById('result')?.getAttribute(`data-${v}`)));
      expect(matrix).toEqual(['no', 'no', 'yes', 'yes']);
      expect(await page.textContent('#m-tls13')).toBe('Yes');
      expect(await page.isVisible('#steps')).toBe(false);
      await screenshot(page, 'pass');
      // The success page itself, reached for real over HTTPS with the trusted CA.
      await page.click('#r-pass a');
      await page.waitForURL(`https://localhost:${srv.httpsPort}/`);
      expect(await page.textContent('#tls-protocol')).toBe('TLSv1.3');
      await screenshot(page, 'success-page');
      await ctx.close();
    });

    it('the certificate is really validated: a browser that does not trust the local CA fails the probe', async () => {
      const untrusting = await launchChromium([], { trustCa: false });
      try {
        const page = await (await newContext(untrusting)).newPage();
        await page.goto(`http://localhost:${srv.httpPort}/`);
        // Every HTTPS probe fails, the control included: not a protocol problem.
        expect(await finalVerdict(page)).toBe('fail-blocked');
        expect(await page.isVisible('#r-fail-blocked')).toBe(true);
        const direct = await page.goto(`https://localhost:${srv.httpsPort}/healthz`).then(() => 'loaded', (err: Error) => err.message);
        expect(direct).toMatch(/ERR_CERT_AUTHORITY_INVALID/);
      } finally {
        await untrusting.close();
      }
    });

    it('without scripts the page still explains what to do and shows the steps', async () => {
      const ctx = await newContext(browser, { javaScriptEnabled: false, userAgent: IE10_WIN7 });
      const page = await ctx.newPage();
      await page.goto(`http://localhost:${srv.httpPort}/`);
      expect(await page.isVisible('#steps')).toBe(true);
      expect(await page.isVisible('#r-pending')).toBe(false);
      expect(await page.textContent('body')).toContain('Scripts are turned off');
      await screenshot(page, 'no-script');
      await ctx.close();
    });
  });

  describe('a real handshake failure (server TLS 1.3 only, browser capped at TLS 1.2)', () => {
    let srv: TestServer;
    let capped: Browser;
    beforeAll(async () => {
      srv = await startTestServer({ TLS_MIN_VERSION: 'TLSv1.3' });
      capped = await launchChromium(['--ssl-version-max=tls1.2']);
    });
    afterAll(async () => {
      await capped?.close();
      await srv.close();
    });

    it('fail, with the steps for Chrome', async () => {
      const ctx = await newContext(capped);
      const page = await ctx.newPage();
      const started = Date.now();
      await page.goto(`http://localhost:${srv.httpPort}/`);
      expect(await finalVerdict(page)).toBe('fail-protocol');
      expect(Date.now() - started).toBeLessThan(5000); // a refused handshake gives a verdict at once
      expect(await page.isVisible('#r-fail-protocol')).toBe(true);
      expect(await page.isVisible('#steps')).toBe(true);
      const ua = await page.evaluate(() => navigator.userAgent);
      const expected = adviceForUserAgent(ua).advice;
      const steps = await page.textContent('#steps');
      expect(steps).toContain(expected.heading);
      expect(steps).toMatch(/Chrom/);
      for (const step of expected.steps) expect(steps).toContain(step);
      await screenshot(page, 'fail-chrome');
      await ctx.close();
    });

    it('fail, with the Internet Explorer steps when the browser says it is IE 10 on Windows 7', async () => {
      const ctx = await newContext(capped, { userAgent: IE10_WIN7 });
      const page = await ctx.newPage();
      await page.goto(`http://localhost:${srv.httpPort}/`);
      expect(await finalVerdict(page)).toBe('fail-protocol');
      const steps = (await page.textContent('#steps')) ?? '';
      const expected = adviceForUserAgent(IE10_WIN7).advice;
      expect(steps).toContain(expected.heading);
      expect(steps).toMatch(/Internet Explorer|IE/);
      expect(steps).toContain('Windows 7');
      for (const step of expected.steps) expect(steps).toContain(step);
      await screenshot(page, 'fail-ie10-win7');
      await ctx.close();
    });
  });

  describe('a probe that never answers', () => {
    let srv: TestServer;
    let blackhole: net.Server;
    const held: net.Socket[] = [];
    beforeAll(async () => {
      blackhole = net.createServer((s) => {
        held.push(s); // accept TCP, never answer
        s.on('error', () => {});
      });
      await new Promise<void>((r) => blackhole.listen(0, '127.0.0.1', r));
      const port = (blackhole.address() as net.AddressInfo).port;
      srv = await startTestServer({ PUBLIC_HTTPS_PORT: String(port), PROBE_TIMEOUT_MS: '2000' });
    });
    afterAll(async () => {
      held.forEach((s) => s.destroy());
      blackhole?.close();
      await srv?.close();
    });

    it('ends in "unknown" by the page timeout, not after the browser\'s own 30 s', async () => {
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      const started = Date.now();
      await page.goto(`http://localhost:${srv.httpPort}/`);
      expect(await page.getAttribute('#result', 'data-verdict')).toBe('pending');
      expect(await finalVerdict(page, 10_000)).toBe('unknown');
      const took = Date.now() - started;
      expect(took).toBeGreaterThanOrEqual(1900);
      expect(took).toBeLessThan(6000);
      expect(await page.isVisible('#r-unknown')).toBe(true);
      await screenshot(page, 'unknown-timeout');
      await ctx.close();
    });
  });
});
