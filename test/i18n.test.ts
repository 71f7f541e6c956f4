import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../server/i18n/en.js';
import { LANGUAGES, negotiateLanguage, t, translateWith, untranslatedKeys } from '../server/i18n/index.js';
import { DIAGNOSIS_TEXT } from '../server/diagnosis/text-i18n.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe('language negotiation', () => {
  it.each([
    [undefined, undefined, 'en'],
    ['es-ES,es;q=0.9,en;q=0.8', undefined, 'es'],
    ['zh-CN,zh;q=0.9', undefined, 'zh-CN'],
    ['zh', undefined, 'zh-CN'],
    ['zh-Hans-SG', undefined, 'zh-CN'],
    ['zh-TW', undefined, 'en'],
    ['de-DE,de;q=0.9,es;q=0.5', undefined, 'es'],
    ['en;q=0.2,es;q=0.8', undefined, 'es'],
    ['es;q=0', undefined, 'en'],
    ['fr', undefined, 'en'],
    ['*', undefined, 'en'],
    ['en', 'es', 'es'],
    ['es', 'zh-CN', 'zh-CN'],
    ['es', 'bogus', 'es'],
    ['es', 'EN-gb', 'en'],
    ['x'.repeat(100_000), undefined, 'en'],
  ])('Accept-Language %j with ?lang=%j -> %s', (header, override, expected) => {
    expect(negotiateLanguage(header, override)).toBe(expected);
  });

  it('uses the site default when nothing matches', () => {
    expect(negotiateLanguage('fr', undefined, 'es')).toBe('es');
  });
});

describe('catalogues', () => {
  it('lists untranslated keys per language (they show in English)', () => {
    const report = Object.fromEntries(LANGUAGES.map((l) => [l, untranslatedKeys(l)]));
    // Printed so a translator can see what is missing; none is missing today.
    console.log('untranslated keys:', JSON.stringify(report));
    expect(report).toEqual({ en: [], es: [], 'zh-CN': [] });
  });

  it('falls back to English for a key a catalogue lacks, and fills placeholders', () => {
    expect(translateWith({}, 'test.h1')).toBe(en['test.h1']);
    expect(translateWith({ 'test.title': 'Prueba ({min})' }, 'test.title', { min: 'TLS 1.2' })).toBe('Prueba (TLS 1.2)');
  });

  it('keeps every placeholder of the English text in each translation', () => {
    for (const lang of LANGUAGES) {
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        const wanted = (en[key].match(/\{\w+\}/g) ?? []).sort();
        const got = (t(lang, key).match(/\{\w+\}/g) ?? []).sort();
        expect(got, `${lang} ${key}`).toEqual(wanted);
      }
    }
  });

  it('the diagnosis wording exists in every language', () => {
    for (const lang of LANGUAGES) expect(Object.keys(DIAGNOSIS_TEXT[lang]).sort()).toEqual(Object.keys(DIAGNOSIS_TEXT.en).sort());
    expect(DIAGNOSIS_TEXT.es.oldEnabled('TLS 1.0 y TLS 1.1')).toMatch(/siguen activados/);
  });
});

describe('pages in each language', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  const get = (url: string, acceptLanguage?: string) =>
    srv.httpApp.inject({ url, headers: { host: 'localhost', ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) } });

  it.each([
    ['en-GB,en;q=0.9', 'en', 'Secure connection test', 'Steps for Resolution'],
    ['es-MX,es;q=0.9', 'es', 'Prueba de conexión segura', 'Pasos para resolverlo'],
    ['zh-CN,zh;q=0.9', 'zh-Hans-CN', '安全连接测试', '解决步骤'],
  ])('Accept-Language %s renders the test page in %s', async (header, tag, h1, steps) => {
    const res = await get('/', header);
    expect(res.body).toContain(`<html lang="${tag}">`);
    expect(res.body).toContain(`<h1>${h1}</h1>`);
    expect(res.body).toContain(`<h2>${steps}</h2>`);
    expect(res.headers.vary).toMatch(/Accept-Language/);
  });

  it('?lang= overrides Accept-Language, and the switcher links every language', async () => {
    const res = await get('/?lang=es', 'zh-CN');
    expect(res.body).toContain('<html lang="es">');
    for (const l of LANGUAGES) expect(res.body).toMatch(new RegExp(`href="\\?lang=${l}"|<strong lang="[^"]+">${t(l, 'lang.name')}</strong>`));
    expect(res.body).toContain('data-lang="es"');
  });

  it('the diagnosis, reasons and summary come in the page language', async () => {
    const q = 'policy=failed&legacy=ok&tls10=ok&tls11=ok&tls12=failed&tls13=failed';
    const es = (await get(`/api/v1/diagnosis?${q}&lang=es`)).json();
    expect(es.reasons[0]).toMatch(/^Su navegador llegó a este servidor/);
    expect(es.summary).toMatch(/^Prueba TLS [2-9A-Z]{4}-[2-9A-Z]{4}: error \(protocolo/);
    const zh = (await get(`/api/v1/diagnosis?${q}`, 'zh-CN')).json();
    expect(zh.reasons[0]).toMatch(/^您的浏览器能访问此服务器/);
    expect(zh.summary).toMatch(/^TLS 测试/);
  });
});
