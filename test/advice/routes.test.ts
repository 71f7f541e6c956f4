/** GET /api/v1/advice and GET /advice, through Fastify's inject (no sockets). */
import fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import adviceRoutes, { MAX_UA_PARAM } from '../../server/routes/advice.js';

const IE10_WIN7 = 'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)';
const MAC_SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

let app: FastifyInstance;

beforeAll(async () => {
  app = fastify();
  await app.register(adviceRoutes);
  await app.ready();
});

afterAll(async () => {
  await app.close();
});

describe('GET /api/v1/advice', () => {
  it('answers for the ua parameter, with no-store', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/advice', query: { ua: IE10_WIN7 }, headers: { 'user-agent': CHROME } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json();
    expect(body).toMatchObject({
      kind: 'browser',
      client: { browser: 'Internet Explorer', browser_version: '10.0', engine: 'Trident', os: 'Windows', os_version: '7', device_type: 'desktop' },
      tls12: 'off-by-default',
      advice_id: 'ie8-10-win7',
      heading: 'Internet Explorer 10 on Windows 7',
      alternate_touch_mac: null,
    });
    expect(body.steps.join(' ')).toContain('Use TLS 1.2');
    expect(Array.isArray(body.links)).toBe(true);
    expect(Object.keys(body.client).sort()).toEqual(['browser', 'browser_version', 'device_type', 'engine', 'os', 'os_version']);
  });

  it('form-decodes the parameter ("+" is a space)', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/advice?ua=Mozilla%2F5.0+(compatible;+MSIE+10.0;+Windows+NT+6.1;+Trident%2F6.0)' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ advice_id: 'ie8-10-win7', client: { browser_version: '10.0', os_version: '7' } });
  });

  it('falls back to the User-Agent header without a parameter, or with a blank one', async () => {
    for (const url of ['/api/v1/advice', '/api/v1/advice?ua=', '/api/v1/advice?ua=+++']) {
      const res = await app.inject({ method: 'GET', url, headers: { 'user-agent': IE10_WIN7 } });
      expect(res.statusCode, url).toBe(200);
      expect(res.json().advice_id, url).toBe('ie8-10-win7');
    }
  });

  it('answers for a request without any User-Agent', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/advice', headers: { 'user-agent': '' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'unknown', advice_id: 'generic', tls12: 'unknown', heading: 'Your browser' });
  });

  it('includes the iPadOS alternate for Mac Safari', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/advice', query: { ua: MAC_SAFARI } });
    expect(res.json()).toMatchObject({ advice_id: 'safari', alternate_touch_mac: { advice_id: 'ipados-safari', tls12: 'enabled' } });
  });

  it('uses the first of repeated parameters', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/advice?ua=${encodeURIComponent(IE10_WIN7)}&ua=${encodeURIComponent(CHROME)}` });
    expect(res.json().advice_id).toBe('ie8-10-win7');
  });

  it('refuses an over-long parameter with a clear message, and keeps serving', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/advice', query: { ua: 'A'.repeat(MAX_UA_PARAM + 1) } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toMatchObject({ max_length: MAX_UA_PARAM });
    expect(res.json().error).toMatch(/longer than 2048 characters/);
    const ok = await app.inject({ method: 'GET', url: '/api/v1/advice', query: { ua: 'A'.repeat(MAX_UA_PARAM) } });
    expect(ok.statusCode).toBe(200);
  });
});

describe('GET /advice', () => {
  it('shows an empty form without a parameter', async () => {
    const res = await app.inject({ method: 'GET', url: '/advice', headers: { 'user-agent': IE10_WIN7 } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatch(/<form method="get" action="\/advice"/);
    expect(res.body).toMatch(/<textarea id="ua" name="ua"[^>]*><\/textarea>/);
    expect(res.body).not.toContain('ie8-10-win7'); // the page is for pasted UAs, not the visitor's own
  });

  it('shows the steps for a pasted User-Agent, and keeps it in the form', async () => {
    const res = await app.inject({ method: 'GET', url: '/advice', query: { ua: IE10_WIN7 } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h3 class="advice-heading">Internet Explorer 10 on Windows 7</h3>');
    expect(res.body).toContain('<ol class="steps">');
    expect(res.body).toContain('Tick &quot;Use TLS 1.2&quot;');
    expect(res.body).toContain('ie8-10-win7');
    expect(res.body).toContain('supported, but turned off by default');
    expect(res.body).toContain(`>${IE10_WIN7}</textarea>`);
  });

  it('has no inline script, event handlers or style attributes', async () => {
    const res = await app.inject({ method: 'GET', url: '/advice', query: { ua: MAC_SAFARI } });
    expect(res.body).not.toMatch(/<script(?![^>]*\ssrc=)/i);
    expect(res.body).not.toMatch(/\son[a-z]+\s*=/i);
    expect(res.body).not.toMatch(/\sstyle\s*=/i);
    expect(res.body).not.toMatch(/<style/i);
  });

  it('shows the iPad steps too for Mac Safari', async () => {
    const res = await app.inject({ method: 'GET', url: '/advice', query: { ua: MAC_SAFARI } });
    expect(res.body).toContain('If the customer is on an iPad');
    expect(res.body).toContain('Safari 17 on iPad');
  });

  it('escapes what it echoes', async () => {
    const evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const res = await app.inject({ method: 'GET', url: '/advice', query: { ua: evil } });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert(1)');
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('refuses an over-long User-Agent with a clear message and an empty form', async () => {
    const res = await app.inject({ method: 'GET', url: '/advice', query: { ua: 'A'.repeat(5000) } });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('longer than 2048 characters');
    expect(res.body).toMatch(/<textarea id="ua" name="ua"[^>]*><\/textarea>/);
    expect(res.body).not.toContain('AAAAAAAAAA');
  });
});
