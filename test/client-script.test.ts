import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as acorn from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';
import { oldBrowserFindings } from './helpers/old-browser.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const PUBLIC = path.join(PROJECT_ROOT, 'public');
const scripts = fs.readdirSync(PUBLIC).filter((f) => f.endsWith('.js'));

describe('client scripts are fit for old browsers', () => {
  it('there is at least the test page script', () => {
    expect(scripts).toContain('tlstest.js');
  });

  it.each(scripts)('%s parses as ES5 and as ES3', (file) => {
    const src = fs.readFileSync(path.join(PUBLIC, file), 'utf8');
    expect(() => acorn.parse(src, { ecmaVersion: 5 })).not.toThrow();
    expect(() => acorn.parse(src, { ecmaVersion: 3 })).not.toThrow();
  });

  it.each(scripts)('%s uses no API old browsers lack and no ES3-reserved property names', (file) => {
    expect(oldBrowserFindings(fs.readFileSync(path.join(PUBLIC, file), 'utf8'))).toEqual([]);
  });

  it('the checker itself catches what it must (so the checks above can fail)', () => {
    const bad = [
      'fetch("/x")',
      'new Promise(function(){})',
      'var o = JSON.parse(s)',
      'document.querySelector("#a")',
      '[1].forEach(function(){})',
      'window.addEventListener("load", f, false)',
      'var x = o.default',
      'var o = { class: 1 }',
      'var a = [1, 2,]',
    ];
    for (const src of bad) expect(oldBrowserFindings(src).length, src).toBeGreaterThan(0);
    for (const src of ['let a = 1', 'var f = () => 1', 'var s = `x`', 'class A {}', 'var o = { get a() { return 1 } }']) {
      expect(oldBrowserFindings(src)[0]?.what, src).toMatch(/not ES3 syntax/);
    }
    expect(oldBrowserFindings('if (w.addEventListener) { w.addEventListener("load", f, false) } else { w.attachEvent("onload", f) }')).toEqual([]);
  });
});

/**
 * A DOM of the IE 8 era, built from the real test page's element ids: getElementById, get/setAttribute,
 * className, style, attachEvent, Image. No addEventListener, querySelector, JSON, Array.prototype.forEach.
 */
function runInOldDom(html: string, image: 'load' | 'error' | 'never', ua = 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)') {
  const elements = new Map<string, FakeElement>();
  class FakeElement {
    className = '';
    style: Record<string, string> = {};
    attrs: Record<string, string> = {};
    getAttribute(n: string) {
      return n in this.attrs ? this.attrs[n] : null;
    }
    setAttribute(n: string, v: string) {
      this.attrs[n] = String(v);
    }
  }
  for (const m of html.matchAll(/<(\w+)\s+id="([^"]+)"([^>]*)>/g)) {
    const el = new FakeElement();
    const attrs = m[3] ?? '';
    for (const a of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.attrs[a[1] as string] = a[2] as string;
    el.className = el.attrs.class ?? '';
    elements.set(m[2] as string, el);
  }
  const onload: Array<() => void> = [];
  const images: Array<{ src: string }> = [];
  const sandbox: Record<string, unknown> = {
    document: { documentElement: new FakeElement(), getElementById: (id: string) => elements.get(id) ?? null },
    navigator: { userAgent: ua },
    location: { hostname: 'localhost' },
    setTimeout,
    clearTimeout,
    attachEvent: (name: string, fn: () => void) => {
      if (name === 'onload') onload.push(fn);
    },
    Image: function FakeImage(this: { onload: null | (() => void); onerror: null | (() => void); src: string }) {
      const img = this;
      img.onload = null;
      img.onerror = null;
      let src = '';
      Object.defineProperty(img, 'src', {
        get: () => src,
        set: (v: string) => {
          src = v;
          images.push({ src: v });
          if (image !== 'never') setTimeout(() => (image === 'load' ? img.onload : img.onerror)?.(), 5);
        },
      });
    },
  };
  sandbox.window = sandbox;
  const context = vm.createContext(sandbox);
  vm.runInContext('delete Array.prototype.forEach; delete Array.prototype.map; delete Array.prototype.indexOf; delete Function.prototype.bind; delete String.prototype.trim; delete this.JSON; delete this.Promise; delete Object.keys;', context);
  vm.runInContext(fs.readFileSync(path.join(PUBLIC, 'tlstest.js'), 'utf8'), context);
  return { elements, onload, images, root: sandbox.document as { documentElement: FakeElement } };
}

describe('the test page script in an old DOM (attachEvent only, no JSON, no Array extras)', () => {
  let srv: TestServer;
  let html: string;
  beforeAll(async () => {
    srv = await startTestServer({ PROBE_TIMEOUT_MS: '500' });
    html = (await srv.httpApp.inject({ url: '/', headers: { host: 'localhost' } })).body;
  });
  afterAll(() => srv.close());

  const verdictAfter = async (dom: ReturnType<typeof runInOldDom>, ms: number) => {
    expect(dom.onload.length).toBe(1); // waits for window load
    expect(dom.images.length).toBe(0);
    dom.onload[0]?.();
    await new Promise((r) => setTimeout(r, ms));
    return dom.elements.get('result')?.getAttribute('data-verdict');
  };

  it('probe loads: pass, and the pass block is shown', async () => {
    const dom = runInOldDom(html, 'load');
    expect(await verdictAfter(dom, 50)).toBe('pass');
    expect(dom.elements.get('r-pass')?.className).not.toMatch(/\bhide\b/);
    expect(dom.elements.get('r-fail')?.className).toMatch(/\bhide\b/);
    expect(dom.elements.get('steps')?.style.display).toBe('none');
    expect(dom.images[0]?.src).toMatch(new RegExp(`^https://localhost:${srv.httpsPort}/probe\\.gif\\?r=\\d+-\\d+$`));
    expect(dom.root.documentElement.className).toBe('js');
  });

  it('probe fails: fail, with the steps shown', async () => {
    const dom = runInOldDom(html, 'error');
    expect(await verdictAfter(dom, 50)).toBe('fail');
    expect(dom.elements.get('r-fail')?.className).not.toMatch(/\bhide\b/);
    expect(dom.elements.get('r-pending')?.className).toMatch(/\bhide\b/);
    expect(dom.elements.get('steps')?.style.display).toBe('block');
  });

  it('probe never answers: unknown after the page timeout, not a hang', async () => {
    const dom = runInOldDom(html, 'never');
    dom.onload[0]?.();
    await new Promise((r) => setTimeout(r, 200));
    expect(dom.elements.get('result')?.getAttribute('data-verdict')).toBe('pending');
    await new Promise((r) => setTimeout(r, 500));
    expect(dom.elements.get('result')?.getAttribute('data-verdict')).toBe('unknown');
    expect(dom.elements.get('r-unknown')?.className).not.toMatch(/\bhide\b/);
  });

  it('each probe URL is unique (cache-buster)', async () => {
    const a = runInOldDom(html, 'load');
    const b = runInOldDom(html, 'load');
    a.onload[0]?.();
    await new Promise((r) => setTimeout(r, 2));
    b.onload[0]?.();
    expect(a.images[0]?.src).not.toBe(b.images[0]?.src);
  });
});
