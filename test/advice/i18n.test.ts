/**
 * The knowledge base in Spanish and Simplified Chinese: what is untranslated, what translations must keep, the
 * English fallback per text, and the test page, /advice and /api/v1/advice in each language for real clients.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adviceForUserAgent, classify } from '../../server/advice/index.js';
import { findRule, renderRule } from '../../server/advice/advise.js';
import { RULES, type Rule } from '../../server/advice/rules.js';
import {
  ADVICE_CATALOGUES,
  adviceSourceTexts,
  orphanAdviceTranslations,
  untranslatedAdviceTexts,
} from '../../server/advice/i18n/index.js';
import type { Advice } from '../../server/advice/types.js';
import { LANGUAGES, LANG_TAG, t, type Lang } from '../../server/i18n/index.js';
import { esc } from '../../server/pages/html.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { CORPUS, POISON } from './corpus.js';

const TRANSLATED: readonly Lang[] = LANGUAGES.filter((l) => l !== 'en');

const UAS = {
  'IE 10 on Windows 7': 'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)',
  'Firefox 25': 'Mozilla/5.0 (Windows NT 6.1; WOW64; rv:25.0) Gecko/20100101 Firefox/25.0',
  'Android 4.3 stock browser':
    'Mozilla/5.0 (Linux; U; Android 4.3; en-us; SM-N900T Build/JSS15J) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30',
  'Chrome (current)': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
  curl: 'curl/8.4.0',
} as const;

const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
/** The placeholders of each [optional part], e.g. "{browser}[ {major}][ on {os_label}]" -> ["{major}", "{os_label}"]. */
const optionalGroups = (s: string): string[] =>
  [...s.matchAll(/\[([^\][{}]*\{\w+\}[^\][]*)\]/g)].map((m) => placeholders(m[1] ?? '').join(' ')).sort();

/**
 * Literal things a translation must carry over unchanged: words with code punctuation (=, \, ::, _, (), ~, +),
 * command-line options, dotted names and version numbers (security.tls.version.max, 1.0.1c, 4.4), KB numbers,
 * 0x values, about:/opera: pages, and camel-case names (SchUseStrongCrypto, OpenSSL, iPhone).
 */
function literals(s: string): string[] {
  const found = new Set<string>();
  for (const raw of s.replace(/\{\w+\}/g, ' ').split(/\s+/)) {
    const tok = raw.replace(/^[("'[]+/, '').replace(/[)"',;:.]+$/, '');
    if (!tok) continue;
    if (/[=\\_~+]|::|\(\)|^--?[a-zA-Z]|^(?:about|opera):|^KB\d|^0x|[a-z]\.[a-z]|\d\.\d/i.test(tok) || /[a-z][A-Z]/.test(tok)) found.add(tok);
  }
  return [...found];
}

describe('knowledge-base catalogues', () => {
  it('lists the untranslated texts per language (they show in English)', () => {
    const report = Object.fromEntries(LANGUAGES.map((l) => [l, untranslatedAdviceTexts(l).map((u) => `${u.usedIn[0]}: ${u.text}`)]));
    // Printed for translators: each entry names where the text is used, then the English text to translate.
    console.log('untranslated advice texts:', JSON.stringify(report, null, 1));
    expect(report).toEqual({ en: [], es: [], 'zh-CN': [] });
  });

  it('has no translation whose English text is gone from the knowledge base (edited or removed there)', () => {
    for (const lang of TRANSLATED) expect(orphanAdviceTranslations(lang), lang).toEqual([]);
  });

  it('covers every heading, summary, step and link label of every rule, and the words around them', () => {
    const sources = adviceSourceTexts();
    expect(sources.size).toBeGreaterThan(300);
    expect(sources.get('Your browser')).toContain('words.headingFallback');
    expect(sources.get('Windows 10 or 11')).toEqual(['words.windows10or11']);
    expect([...sources.values()].flat()).toContain('ie8-10-win7.step.2');
  });

  it('keeps the placeholders of the English text, and the same ones inside [optional parts]', () => {
    for (const lang of TRANSLATED) {
      for (const [english, translated] of Object.entries(ADVICE_CATALOGUES[lang])) {
        expect(placeholders(translated), `${lang}: ${translated}`).toEqual(placeholders(english));
        expect(optionalGroups(translated), `${lang}: ${translated}`).toEqual(optionalGroups(english));
        expect((translated.match(/\[/g) ?? []).length, `${lang}: ${translated}`).toBe((translated.match(/\]/g) ?? []).length);
      }
    }
  });

  it('keeps code, registry keys, about:config names, options, versions and KB numbers verbatim', () => {
    for (const lang of TRANSLATED) {
      for (const [english, translated] of Object.entries(ADVICE_CATALOGUES[lang])) {
        for (const lit of literals(english)) expect(translated, `${lang}: ${JSON.stringify(lit)} in ${english}`).toContain(lit);
      }
    }
    // The checker itself finds what it must (so the test above cannot pass by finding nothing).
    expect(literals('set SchUseStrongCrypto = 1 under HKLM\\SOFTWARE\\Microsoft and security.tls.version.max, KB3140245 -Dhttps.protocols=TLSv1.2')).toEqual(
      expect.arrayContaining(['SchUseStrongCrypto', 'HKLM\\SOFTWARE\\Microsoft', 'security.tls.version.max', 'KB3140245', '-Dhttps.protocols=TLSv1.2']),
    );
  });

  it('translates the Internet Explorer menu path as the localised Internet Explorer shows it', () => {
    const steps = (lang: Lang) => adviceForUserAgent(UAS['IE 10 on Windows 7'], lang).advice.steps.join('\n');
    expect(steps('es')).toContain('Herramientas');
    expect(steps('es')).toContain('Opciones de Internet');
    expect(steps('es')).toContain('Opciones avanzadas');
    expect(steps('es')).toContain('"Usar TLS 1.2"');
    expect(steps('zh-CN')).toContain('“工具”');
    expect(steps('zh-CN')).toContain('“Internet 选项”');
    expect(steps('zh-CN')).toContain('“高级”');
    expect(steps('zh-CN')).toContain('“使用 TLS 1.2”');
  });
});

describe('English fallback', () => {
  const client = classify(UAS['IE 10 on Windows 7']);
  const rule = findRule(client);
  const english = renderRule(rule, client, 'en');

  it('shows the English text of each missing key, and the translation of every other one', () => {
    const missing = rule.steps[2] as string;
    const partial = Object.fromEntries(Object.entries(ADVICE_CATALOGUES.es).filter(([k]) => k !== missing));
    const full = renderRule(rule, client, 'es');
    const advice = renderRule(rule, client, 'es', partial);
    expect(advice.steps[2]).toBe(english.steps[2]);
    expect(advice.steps[2]).toContain('Tick "Use TLS 1.2"');
    expect(advice.steps.filter((_, i) => i !== 2)).toEqual(full.steps.filter((_, i) => i !== 2));
    expect(advice.summary).toBe(full.summary);
    expect(advice.summary).not.toBe(english.summary);
    expect(advice.heading).toBe('Internet Explorer 10 en Windows 7');
  });

  it('shows English for an empty translation, and entirely for an empty catalogue', () => {
    const emptied = { ...ADVICE_CATALOGUES['zh-CN'], [rule.summary]: '' };
    expect(renderRule(rule, client, 'zh-CN', emptied).summary).toBe(english.summary);
    expect(renderRule(rule, client, 'es', {})).toEqual(english);
  });

  it('gives English for a language it does not know', () => {
    expect(adviceForUserAgent(UAS.curl, 'fr' as Lang).advice).toEqual(adviceForUserAgent(UAS.curl).advice);
  });

  it('translates the words around the rules: heading fallback, empty placeholders, OS labels', () => {
    expect(adviceForUserAgent('', 'es').advice.heading).toBe('Su navegador');
    expect(adviceForUserAgent('', 'zh-CN').advice.heading).toBe('您的浏览器');
    const win10 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0';
    expect(adviceForUserAgent(win10, 'es').advice.heading).toBe('Firefox 120 en Windows 10 u 11');
    expect(adviceForUserAgent(win10, 'zh-CN').advice.heading).toBe('Windows 10 或 11 上的 Firefox 120');
    // An empty {browser} opening a sentence reads as the start of a sentence, in every language.
    const noName = { ...classify(UAS['Chrome (current)']), browser: null, browser_major: null };
    const chrome = RULES.find((r) => r.id === 'chrome') as Rule;
    expect(renderRule(chrome, noName, 'en').summary).toMatch(/^Your browser supports TLS 1\.2/);
    expect(renderRule(chrome, noName, 'es').summary).toMatch(/^Su navegador admite TLS 1\.2/);
  });
});

describe('every corpus User-Agent in every language', () => {
  it('gets the same rule and capability as in English, and clean text', () => {
    for (const row of CORPUS) {
      const en = adviceForUserAgent(row.ua);
      for (const lang of TRANSLATED) {
        const { advice, alternate } = adviceForUserAgent(row.ua, lang);
        expect([advice.advice_id, advice.tls12, alternate?.advice_id], `${lang} ${row.ua}`).toEqual([
          en.advice.advice_id,
          en.advice.tls12,
          en.alternate?.advice_id,
        ]);
        for (const a of [advice, alternate].filter((x): x is Advice => x !== null)) {
          const texts = [a.heading, a.summary ?? '', ...a.steps, ...a.links.map((l) => l.label)];
          for (const text of texts) {
            expect(text, `${lang} ${row.ua}`).not.toMatch(POISON);
            expect(text, `${lang} ${row.ua}`).not.toMatch(/\{\w+\}/);
            expect(text.trim(), `${lang} ${row.ua}`).not.toBe('');
          }
          expect(a.links.map((l) => l.url)).toEqual((a === advice ? en.advice : en.alternate)?.links.map((l) => l.url));
        }
      }
    }
  });
});

describe('pages and API in Spanish and Chinese for real clients', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  /** Every English text of the advice whose translation differs: none of them may be left on the page. */
  function englishLeftovers(body: string, en: Advice, tr: Advice, escape: (s: string) => string): string[] {
    const pairs: Array<[string, string]> = [
      [en.heading, tr.heading],
      [en.summary ?? '', tr.summary ?? ''],
      ...en.steps.map((s, i): [string, string] => [s, tr.steps[i] ?? '']),
      ...en.links.map((l, i): [string, string] => [l.label, tr.links[i]?.label ?? '']),
    ];
    return pairs.filter(([e, x]) => e !== x && body.includes(escape(e))).map(([e]) => e);
  }

  const cases = TRANSLATED.flatMap((lang) => Object.entries(UAS).map(([name, ua]) => [name, lang, ua] as const));

  it.each(cases)('%s in %s: the test page', async (_name, lang, ua) => {
    const en = adviceForUserAgent(ua).advice;
    const tr = adviceForUserAgent(ua, lang).advice;
    expect(tr.steps.some((s, i) => s !== en.steps[i])).toBe(true);
    const header = lang === 'es' ? 'es-MX,es;q=0.9,en;q=0.5' : 'zh-CN,zh;q=0.9,en;q=0.5';
    for (const res of [
      await srv.httpApp.inject({ url: '/', headers: { host: 'localhost', 'user-agent': ua, 'accept-language': header } }),
      await srv.httpApp.inject({ url: `/?lang=${lang}`, headers: { host: 'localhost', 'user-agent': ua, 'accept-language': 'en' } }),
    ]) {
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`<html lang="${LANG_TAG[lang]}">`);
      const main = /<div id="steps-main">([\s\S]*?)<\/div>/.exec(res.body)?.[1] ?? '';
      expect(main).toContain(`<h3 class="advice-heading">${esc(tr.heading)}</h3>`);
      for (const step of tr.steps) expect(main).toContain(`<li>${esc(step)}</li>`);
      expect(englishLeftovers(res.body, en, tr, esc)).toEqual([]);
    }
  });

  it.each(cases)('%s in %s: GET /api/v1/advice', async (_name, lang, ua) => {
    const en = adviceForUserAgent(ua).advice;
    const tr = adviceForUserAgent(ua, lang).advice;
    const header = lang === 'es' ? 'es' : 'zh-Hans';
    for (const res of [
      await srv.httpApp.inject({ url: `/api/v1/advice?lang=${lang}`, query: { ua } }),
      await srv.httpApp.inject({ url: '/api/v1/advice', headers: { 'user-agent': ua, 'accept-language': header } }),
    ]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers.vary).toMatch(/Accept-Language/);
      const body = res.json();
      expect(body).toMatchObject({ lang, advice_id: en.advice_id, tls12: en.tls12, heading: tr.heading, summary: tr.summary, steps: tr.steps });
      expect(body.links).toEqual(tr.links);
      expect(englishLeftovers(res.body, en, tr, (s) => JSON.stringify(s).slice(1, -1))).toEqual([]);
    }
  });

  it.each(cases)('%s in %s: the /advice page for support staff', async (_name, lang, ua) => {
    const en = adviceForUserAgent(ua).advice;
    const tr = adviceForUserAgent(ua, lang).advice;
    const res = await srv.httpApp.inject({ url: `/advice?lang=${lang}`, query: { ua } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<html lang="${LANG_TAG[lang]}">`);
    expect(res.body).toContain(`<h1>${esc(t(lang, 'advice.title'))}</h1>`);
    expect(res.body).toContain(`<th scope="row">${esc(t(lang, 'advice.row.browser'))}</th>`);
    expect(res.body).toContain(`<td>${esc(t(lang, `advice.tls12.${en.tls12}`))}</td>`);
    expect(res.body).toContain(`<td>${en.advice_id}</td>`);
    for (const step of tr.steps) expect(res.body).toContain(`<li>${esc(step)}</li>`);
    expect(englishLeftovers(res.body, en, tr, esc)).toEqual([]);
    // The language switcher keeps the pasted User-Agent, and the form keeps the language.
    const other = LANGUAGES.find((l) => l !== lang) as Lang;
    expect(res.body).toContain(`href="${esc(`?lang=${other}&ua=${encodeURIComponent(ua)}`)}"`);
    expect(res.body).toContain(`<input type="hidden" name="lang" value="${lang}">`);
  });

  it('the /advice page and the API stay English without a language choice, and follow Accept-Language', async () => {
    const ua = UAS['IE 10 on Windows 7'];
    const plain = await srv.httpApp.inject({ url: '/advice', query: { ua } });
    expect(plain.body).toContain('<html lang="en">');
    expect(plain.body).toContain('<td>supported, but turned off by default</td>');
    const zh = await srv.httpApp.inject({ url: '/advice', query: { ua }, headers: { 'accept-language': 'zh-CN' } });
    expect(zh.body).toContain('<td>支持，但默认关闭</td>');
    expect((await srv.httpApp.inject({ url: '/api/v1/advice', query: { ua } })).json().lang).toBe('en');
    const tooLong = await srv.httpApp.inject({ url: '/api/v1/advice?lang=es', query: { ua: 'A'.repeat(3000) } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error).toMatch(/más de 2048 caracteres/);
  });
});
