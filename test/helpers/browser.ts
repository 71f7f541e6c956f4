/**
 * Debian's Chromium driven by playwright-core, trusting the test CA honestly: the CA is added to an NSS
 * database in a private HOME (certutil from libnss3-tools), never by ignoring certificate errors.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CA_FILE, OUTPUT_DIR } from './paths.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

let home: string | null = null;

/** A HOME whose NSS database trusts the test CA (made once per test process). */
export function trustedHome(): string {
  if (home) return home;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-home-'));
  const db = path.join(dir, '.pki', 'nssdb');
  fs.mkdirSync(db, { recursive: true });
  execFileSync('certutil', ['-d', `sql:${db}`, '-N', '--empty-password'], { stdio: 'pipe' });
  execFileSync('certutil', ['-d', `sql:${db}`, '-A', '-t', 'C,,', '-n', 'tlstest test CA', '-i', CA_FILE], { stdio: 'pipe' });
  home = dir;
  return dir;
}

/** Chromium with a fresh profile; `trustCa: false` gives it a HOME whose NSS database does not know the CA. */
export async function launchChromium(extraArgs: string[] = [], opts: { trustCa?: boolean } = {}): Promise<Browser> {
  const homeDir = opts.trustCa === false ? fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-untrusting-')) : trustedHome();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    env: { ...process.env, HOME: homeDir } as Record<string, string>,
    timeout: 30_000,
  });
}

export async function newContext(browser: Browser, opts: { userAgent?: string; javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: opts.viewport ?? { width: 1024, height: 800 }, ...opts });
}

/** Wait until #result carries a final data-verdict and return it. */
export async function finalVerdict(page: Page, timeoutMs = 15_000): Promise<string> {
  await page.waitForFunction(
    () => {
      const v = document.getElementById('result')?.getAttribute('data-verdict');
      return v !== null && v !== undefined && v !== 'pending';
    },
    undefined,
    { timeout: timeoutMs },
  );
  return (await page.getAttribute('#result', 'data-verdict')) ?? '';
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
