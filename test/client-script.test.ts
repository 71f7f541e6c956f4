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
 * className, style, createElement/appendChild/createTextNode, attachEvent, Image. No addEventListener,
 * querySelector, JSON, Array.prototype.forEach. Images load or fail as each scenario says; a script element's
 * src is fetched from the real server (app.inject) and run in the same context, as a browser would.
 */
type ImageOutcome = 'load' | 'error' | 'never';

class FakeElement {
  className = '';
  style: Record<string, string> = {};
  attrs: Record<string, string> = {};
  childNodes: Array<FakeElement | { text: string }> = [];
  type = '';
  src = '';
  value = '';
  onclick: unknown = null;
  getElementsByTagName() {
    return [];
  }
  constructor(public tag: string) {}
  getAttribute(n: string) {
    return n in this.attrs ? this.attrs[n] : null;
  }
  setAttribute(n: string, v: string) {
    this.attrs[n] = String(v);
  }
  removeAttribute(n: string) {
    delete this.attrs[n];
  }
  get firstChild() {
    return this.childNodes[0] ?? null;
  }
  removeChild(c: FakeElement | { text: string }) {
    this.childNodes.splice(this.childNodes.indexOf(c), 1);
  }
  appendChild(c: FakeElement | { text: string }) {
    this.childNodes.push(c);
    onAppend?.(c);
  }
  get text(): string {
    return this.childNodes.map((c) => ('text' in c && typeof c.text === 'string' ? c.text : (c as FakeElement).text)).join('');
  }
}
let onAppend: ((c: FakeElement | { text: string }) => void) | null = null;

function runInOldDom(
  srv: TestServer,
  html: string,
  outcomes: (src: string) => ImageOutcome,
  ua = 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)',
) {
  const elements = new Map<string, FakeElement>();
  for (const m of html.matchAll(/<(\w+)\s+id="([^"]+)"([^>]*)>/g)) {
    const el = new FakeElement(m[1] as string);
    for (const a of (m[3] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)) el.attrs[a[1] as string] = (a[2] as string).replace(/&amp;/g, '&');
    el.className = el.attrs.class ?? '';
    elements.set(m[2] as string, el);
  }
  const onload: Array<() => void> = [];
  const images: string[] = [];
  const scripts: string[] = [];
  /** Same-origin image requests (the verdict beacon), sent to the real server; their answers' statuses. */
  const beacons: Array<{ src: string; status: Promise<number> }> = [];
  const head = new FakeElement('head');
  const sandbox: Record<string, unknown> = {
    document: {
      documentElement: new FakeElement('html'),
      getElementById: (id: string) => elements.get(id) ?? null,
      getElementsByTagName: (t: string) => (t === 'head' ? [head] : []),
      createElement: (t: string) => new FakeElement(t),
      createTextNode: (text: string) => ({ text, nodeType: 3, nodeValue: text }),
    },
    navigator: { userAgent: ua },
    location: { hostname: 'localhost' },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
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
          if (v.startsWith('/')) {
            beacons.push({ src: v, status: srv.httpApp.inject({ url: v, headers: { 'user-agent': ua } }).then((r) => r.statusCode) });
            return;
          }
          images.push(v);
          const outcome = outcomes(v);
          if (outcome !== 'never') setTimeout(() => (outcome === 'load' ? img.onload : img.onerror)?.(), 5);
        },
      });
    },
  };
  sandbox.window = sandbox;
  const context = vm.createContext(sandbox);
  vm.runInContext(
    'delete Array.prototype.forEach; delete Array.prototype.map; delete Array.prototype.indexOf; delete Function.prototype.bind; delete String.prototype.trim; delete this.JSON; delete this.Promise; delete Object.keys;',
    context,
  );
  onAppend = (c) => {
    if (c instanceof FakeElement && c.tag === 'script') {
      scripts.push(c.src);
      void srv.httpApp.inject({ url: c.src, headers: { 'user-agent': ua } }).then((res) => {
        if (res.statusCode === 200) vm.runInContext(res.body, context);
      });
    }
  };
  vm.runInContext(fs.readFileSync(path.join(PUBLIC, 'tlstest.js'), 'utf8'), context);
  return { elements, onload, images, scripts, beacons, root: sandbox.document as { documentElement: FakeElement } };
}

/** Which probe a URL belongs to: tls10.localhost -> tls10, localhost -> policy. */
function probeOf(url: string): string {
  const host = new URL(url).hostname;
  return host === 'localhost' ? 'policy' : (host.split('.')[0] as string);
}

describe('the test page script in an old DOM (attachEvent only, no JSON, no Array extras)', () => {
  let srv: TestServer;
  let html: string;
  beforeAll(async () => {
    srv = await startTestServer({ PROBE_TIMEOUT_MS: '500' });
    html = (await srv.httpApp.inject({ url: '/', headers: { host: 'localhost' } })).body;
  });
  afterAll(() => srv.close());

  const run = async (outcomes: (probe: string) => ImageOutcome, waitMs = 300) => {
    const dom = runInOldDom(srv, html, (src) => outcomes(probeOf(src)));
    expect(dom.onload.length).toBe(1); // waits for window load
    expect(dom.images.length).toBe(0);
    dom.onload[0]?.();
    const deadline = Date.now() + waitMs + 2000;
    while (dom.elements.get('result')?.getAttribute('data-verdict') === 'pending' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const result = dom.elements.get('result') as FakeElement;
    return { dom, result, verdict: result.getAttribute('data-verdict') };
  };
  const visible = (dom: { elements: Map<string, FakeElement> }, id: string) => {
    const el = dom.elements.get(id);
    const byClass = !/\bhide\b/.test(el?.className ?? 'hide');
    // Class and hidden attribute always agree.
    expect(el?.getAttribute('hidden') === null, id).toBe(byClass);
    return byClass;
  };

  const IE8 = { browser: 'ie', major: '8' };

  it('every probe loads: pass, and the pass block is shown', async () => {
    const before = srv.ctx.metrics.get('verdicts', { verdict: 'pass', ...IE8 });
    const { dom, result, verdict } = await run(() => 'load');
    expect(verdict).toBe('pass');
    expect(visible(dom, 'r-pass')).toBe(true);
    expect(visible(dom, 'r-fail-protocol')).toBe(false);
    expect(dom.elements.get('steps')?.style.display).toBe('none');
    expect(dom.images.map(probeOf).sort()).toEqual(['legacy', 'policy', 'tls10', 'tls11', 'tls12', 'tls13']);
    for (const src of dom.images) expect(src).toMatch(/^https:\/\/([a-z0-9]+\.)?localhost:\d+\/probe\.gif\?id=[a-z0-9]{16}&r=\d+$/);
    expect(dom.scripts[0]).toMatch(/^\/api\/v1\/diagnosis\?id=[a-z0-9]{16}&lang=en&touch=0&policy=ok&legacy=ok&tls10=ok&tls11=ok&tls12=ok&tls13=ok&callback=tlstestDiagnosis$/);
    expect(result.getAttribute('data-tls13')).toBe('yes');
    expect(dom.elements.get('m-tls13')?.text).toBe('Yes');
    // The support summary: reference, text box, copy button where the browser can copy (this old DOM cannot).
    expect(dom.elements.get('reference')?.text).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(dom.elements.get('summary-text')?.value).toContain(dom.elements.get('reference')?.text);
    expect(visible(dom, 'summary-box')).toBe(true);
    expect(visible(dom, 'copy')).toBe(false);
    expect(dom.root.documentElement.className).toBe('js');
    // The verdict goes to the beacon once, with the run id, and the server counts it for IE 8.
    const id = /id=([a-z0-9]{16})/.exec(dom.images[0] ?? '')?.[1];
    expect(dom.beacons.map((b) => b.src)).toEqual([expect.stringMatching(new RegExp(`^/api/v1/beacon\\?id=${id}&verdict=pass$`))]);
    expect(await dom.beacons[0]?.status).toBe(200);
    expect(srv.ctx.metrics.get('verdicts', { verdict: 'pass', ...IE8 })).toBe(before + 1);
  });

  it('only TLS 1.0/1.1 work: fail-protocol, the matrix, and the browser steps', async () => {
    const { dom, result, verdict } = await run((p) => (['legacy', 'tls10', 'tls11'].includes(p) ? 'load' : 'error'));
    expect(verdict).toBe('fail-protocol');
    expect(visible(dom, 'r-fail-protocol')).toBe(true);
    expect(visible(dom, 'r-pending')).toBe(false);
    expect(dom.elements.get('steps')?.style.display).toBe('block');
    expect([result.getAttribute('data-tls10'), result.getAttribute('data-tls11'), result.getAttribute('data-tls12'), result.getAttribute('data-tls13')]).toEqual(['yes', 'yes', 'no', 'no']);
    expect(dom.elements.get('m-tls12')?.text).toBe('No');
    expect(dom.beacons.map((b) => b.src)).toEqual([expect.stringMatching(/^\/api\/v1\/beacon\?id=[a-z0-9]{16}&verdict=fail-protocol$/)]);
    expect(await dom.beacons[0]?.status).toBe(200);
    expect(srv.ctx.metrics.get('verdicts', { verdict: 'fail-protocol', ...IE8 })).toBeGreaterThanOrEqual(1);
  });

  it('nothing works, control included: fail-blocked, with the network steps', async () => {
    const { dom, result, verdict } = await run(() => 'error');
    expect(verdict).toBe('fail-blocked');
    expect(visible(dom, 'r-fail-blocked')).toBe(true);
    expect(dom.elements.get('steps')?.style.display).toBe('none');
    expect(result.getAttribute('data-tls12')).toBe('blocked');
    expect(visible(dom, 'notes-box')).toBe(true);
  });

  it('probes never answer: unknown after the page timeout, not a hang', async () => {
    const dom = runInOldDom(srv, html, () => 'never');
    dom.onload[0]?.();
    await new Promise((r) => setTimeout(r, 200));
    expect(dom.elements.get('result')?.getAttribute('data-verdict')).toBe('pending');
    await new Promise((r) => setTimeout(r, 700));
    expect(dom.elements.get('result')?.getAttribute('data-verdict')).toBe('unknown');
    expect(visible(dom, 'r-unknown')).toBe(true);
    expect(dom.beacons.map((b) => b.src)).toEqual([expect.stringMatching(/^\/api\/v1\/beacon\?id=[a-z0-9]{16}&verdict=unknown$/)]);
  });

  it('each run has its own id (cache-buster and hello lookup)', async () => {
    const a = await run(() => 'load');
    const b = await run(() => 'load');
    expect(a.dom.images[0]?.split('id=')[1]?.slice(0, 16)).not.toBe(b.dom.images[0]?.split('id=')[1]?.slice(0, 16));
  });
});
