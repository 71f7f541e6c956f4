/** The knowledge-base table as data: well-formed, fully covered by the corpus, and readable when rendered. */
import { describe, expect, it } from 'vitest';
import { adviceForUserAgent, renderAdviceHtml } from '../../server/advice/index.js';
import { RULES, type RuleMatch } from '../../server/advice/rules.js';
import { CORPUS, POISON } from './corpus.js';

const PLACEHOLDERS = new Set(['browser', 'version', 'major', 'os_label', 'os_version', 'app', 'chromium']);
const templatesOf = (r: (typeof RULES)[number]): string[] => [...r.heading, r.summary, ...r.steps];

describe('rules table', () => {
  it('has unique ids and ends with a catch-all', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const last = RULES[RULES.length - 1];
    expect(last?.id).toBe('generic');
    expect(last?.match).toEqual({});
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is well formed', (_id, rule) => {
    expect(rule.heading.length).toBeGreaterThan(0);
    expect(rule.summary.length).toBeGreaterThan(0);
    expect(rule.steps.length).toBeGreaterThan(0);
    expect(rule.steps.length).toBeLessThanOrEqual(6);
    expect(rule.source.trim().length).toBeGreaterThan(10);
    for (const t of templatesOf(rule)) {
      expect(t.length, t).toBeLessThanOrEqual(450);
      expect(t).not.toMatch(POISON);
      for (const m of t.matchAll(/\{(\w+)\}/g)) expect(PLACEHOLDERS, t).toContain(m[1]);
      expect((t.match(/\[/g) ?? []).length, t).toBe((t.match(/\]/g) ?? []).length);
    }
    for (const l of rule.links) {
      expect(l.url).toMatch(/^https:\/\/[^\s"'<>]+$/);
      expect(l.label.trim()).not.toBe('');
    }
    const matches: readonly RuleMatch[] = Array.isArray(rule.match) ? rule.match : [rule.match as RuleMatch];
    expect(matches.length).toBeGreaterThan(0);
  });

  it('has at least one corpus row for every advice_id', () => {
    const covered = new Set<string>();
    for (const row of CORPUS) {
      covered.add(row.advice_id);
      if (row.alternate_advice_id) covered.add(row.alternate_advice_id);
    }
    const missing = RULES.map((r) => r.id).filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });

  it('gives the likely real causes wherever a browser has TLS 1.2 on', () => {
    for (const rule of RULES.filter((r) => r.tls12 === 'enabled')) {
      const text = [rule.summary, ...rule.steps].join(' ');
      const isApi = rule.id.match(/^(java|okhttp|android-http|curl|python|go|node|dotnet|cfnetwork)/);
      if (isApi) {
        expect(text, rule.id).toMatch(/proxy|firewall|VPN|clock/i);
      } else {
        expect(text, rule.id).toMatch(/clock|Date & Time/);
        expect(text, rule.id).toMatch(/proxy|network|VPN|Wi-Fi/);
      }
    }
  });

  it('never offers the "Use TLS 1.2" checkbox where it cannot exist', () => {
    for (const id of ['ie-xp-vista', 'ie6-7', 'iemobile-old', 'iemobile-10', 'edge-legacy-mobile']) {
      const rule = RULES.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      expect([rule?.summary, ...(rule?.steps ?? [])].join(' '), id).not.toMatch(/Use TLS 1\.2|Internet Options/);
    }
  });
});

describe('rendered advice (reviewed snapshots: English, Spanish, Simplified Chinese)', () => {
  it.each([
    ['en', 'advice-rules.html'],
    ['es', 'advice-rules.es.html'],
    ['zh-CN', 'advice-rules.zh-CN.html'],
  ] as const)('renders every rule for a real client of that rule (%s)', async (lang, file) => {
    const sections: string[] = [];
    for (const rule of RULES) {
      const row = CORPUS.find((r) => r.advice_id === rule.id) ?? CORPUS.find((r) => r.alternate_advice_id === rule.id);
      expect(row, rule.id).toBeDefined();
      if (!row) continue;
      const { advice, alternate } = adviceForUserAgent(row.ua, lang);
      const shown = advice.advice_id === rule.id ? advice : alternate;
      expect(shown?.advice_id).toBe(rule.id);
      if (!shown) continue;
      const html = renderAdviceHtml(shown);
      expect(html.startsWith('<h3')).toBe(true);
      expect(html).toContain('<ol class="steps">');
      expect((html.match(/<li>/g) ?? []).length).toBeGreaterThanOrEqual(shown.steps.length);
      expect(html).not.toMatch(POISON);
      sections.push(
        `<!-- ${rule.id} (${rule.tls12}) for: ${row.ua.slice(0, 160).replace(/--/g, '- -')} -->\n` +
          html.replace(/<(h3|p|ol|ul|li)\b/g, '\n<$1').trim(),
      );
    }
    await expect(`${sections.join('\n\n')}\n`).toMatchFileSnapshot(`./__snapshots__/${file}`);
  });
});

describe('templates', () => {
  it('drops an optional part whose value is missing, and keeps literal brackets and parentheses', async () => {
    const { fillTemplate, fillHeading } = await import('../../server/advice/advise.js');
    const vars = { browser: 'Chrome', major: '', os_label: 'Windows 7' };
    expect(fillTemplate('{browser}[ {major}][ on {os_label}]', vars)).toBe('Chrome on Windows 7');
    expect(fillTemplate('Run [Net.ServicePointManager]::SecurityProtocol and phpinfo() [x]', vars)).toBe(
      'Run [Net.ServicePointManager]::SecurityProtocol and phpinfo() [x]',
    );
    expect(fillTemplate('Update {browser}.', {}, { browser: 'your browser' })).toBe('Update your browser.');
    expect(fillHeading(['{app} thing', 'Plain[ {major}]'], vars)).toBe('Plain');
    expect(fillHeading(['{app}'], {})).toBe('Your browser');
  });

  it('keeps the literal code in the PowerShell and PHP steps', () => {
    const ps = adviceForUserAgent('Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.19041.1682').advice.steps.join('\n');
    expect(ps).toContain('[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12');
    expect(adviceForUserAgent('GuzzleHttp/7').advice.steps.join('\n')).toContain('phpinfo()');
  });
});
