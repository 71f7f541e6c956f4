import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReference, REFERENCE_ALPHABET, REFERENCE_RE } from '../server/reference.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe('support reference', () => {
  it('is 8 characters from an alphabet without look-alikes, as XXXX-XXXX', () => {
    for (const c of '01OILUV') expect(REFERENCE_ALPHABET).not.toContain(c);
    expect(new Set(REFERENCE_ALPHABET).size).toBe(REFERENCE_ALPHABET.length);
    for (let i = 0; i < 100; i++) expect(newReference()).toMatch(REFERENCE_RE);
  });

  it('is unique across 10,000 generated', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) seen.add(newReference());
    expect(seen.size).toBe(10_000);
  });
});

describe('reported results', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  it('each result is logged once at info with its reference; the summary matches and holds no IP address', async () => {
    const refs: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await srv.httpApp.inject({
        url: '/api/v1/diagnosis?policy=ok&legacy=ok&tls10=failed&tls11=failed&tls12=ok&tls13=ok',
        remoteAddress: '203.0.113.77',
        headers: { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0' },
      });
      const d = res.json();
      refs.push(d.reference);
      expect(d.summary).toContain(d.reference);
      expect(d.summary).toMatch(/: pass\. Browser: Firefox 128\.0\. System: Windows 10\. TLS 1\.0: No, TLS 1\.1: No, TLS 1\.2: Yes, TLS 1\.3: Yes\. Time: .+ UTC\.$/);
      expect(d.summary).not.toContain('203.0.113.77');
    }
    expect(new Set(refs).size).toBe(3);
    for (const ref of refs) {
      const lines = srv.logs.filter((l) => l.event === 'test-result' && l.reference === ref);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 30, verdict: 'pass', browser: 'Firefox' });
      expect(JSON.stringify(lines[0])).not.toContain('203.0.113.77');
    }
  });
});
