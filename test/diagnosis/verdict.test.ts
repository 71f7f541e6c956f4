import { describe, expect, it } from 'vitest';
import {
  type DiagnosisInput,
  type ProbeResults,
  type ProbeStatus,
  TEXT,
  VERSION_PROBES,
  diagnose,
} from '../../server/diagnosis/verdict.js';
import { parseClientHello } from '../../server/tls/clienthello.js';
import { fixture } from '../tls/helpers.js';

const ALL_NOT_RUN: ProbeResults = {
  tls10: 'not-run',
  tls11: 'not-run',
  tls12: 'not-run',
  tls13: 'not-run',
  control: 'not-run',
  policy: 'not-run',
};

function run(probes: Partial<ProbeResults>, extra: Partial<DiagnosisInput> = {}) {
  return diagnose({ probes: { ...ALL_NOT_RUN, ...probes }, policyMinVersion: 'TLSv1.2', ...extra });
}

const helloOf = (name: string) => parseClientHello(fixture(name));
const TLS10_HELLO = helloOf('openssl-tls1');
const TLS12_HELLO = helloOf('openssl-tls1_2');
const CHROMIUM_HELLO = helloOf('chromium');
const CURL_HELLO = helloOf('curl-default');

const client = (browser: string, major: number, os: string, os_version: string) =>
  ({ kind: 'browser', browser, browser_major: major, os, os_version }) as const;

describe('diagnose: pass', () => {
  it('policy ok is a pass, whatever else happened', () => {
    const d = run({ policy: 'ok', control: 'ok', tls10: 'failed', tls11: 'failed', tls12: 'ok', tls13: 'ok' });
    expect(d.verdict).toBe('pass');
    expect(d.reasons).toEqual([TEXT.pass('TLS 1.2')]);
    expect(d.matrix).toEqual({ tls10: 'no', tls11: 'no', tls12: 'yes', tls13: 'yes' });
    expect(d.best_version).toBe('TLSv1.3');
    expect(d.notes).toEqual([]);
    expect(d.middlebox).toBe(false);
    expect(run({ policy: 'ok' }).verdict).toBe('pass');
    expect(run({ policy: 'ok', control: 'failed', tls12: 'failed' }).verdict).toBe('pass');
  });

  it('says TLS 1.3 when that is the policy', () => {
    const d = run({ policy: 'ok' }, { policyMinVersion: 'TLSv1.3' });
    expect(d.reasons).toEqual([TEXT.passExactly13]);
  });

  it('notes TLS 1.0 / 1.1 still enabled (plural and singular)', () => {
    const both = run({ policy: 'ok', control: 'ok', tls10: 'ok', tls11: 'ok', tls12: 'ok', tls13: 'ok' });
    expect(both.notes).toEqual([
      'TLS 1.0 and TLS 1.1 are still enabled in your browser: harmless for this service, but you can switch them off.',
    ]);
    const one = run({ policy: 'ok', tls10: 'failed', tls11: 'ok' });
    expect(one.notes).toEqual(['TLS 1.1 is still enabled in your browser: harmless for this service, but you can switch it off.']);
  });

  it('takes TLS 1.0 / 1.1 from the hello only when it lists them explicitly', () => {
    expect(run({ policy: 'ok' }, { hello: CURL_HELLO }).notes).toEqual([TEXT.oldEnabled('TLS 1.0 and TLS 1.1')]);
    // A TLS 1.2 hello without supported_versions proves nothing about TLS 1.0 being on.
    expect(run({ policy: 'ok' }, { hello: TLS12_HELLO }).notes).toEqual([]);
    // Probes win over the hello
    expect(run({ policy: 'ok', tls11: 'ok' }, { hello: CURL_HELLO }).notes).toEqual([TEXT.oldEnabled('TLS 1.1')]);
  });

  it('notes a missing TLS 1.3 only for a TLS 1.2 policy and when TLS 1.2 itself worked', () => {
    expect(run({ policy: 'ok', tls12: 'ok', tls13: 'failed', control: 'ok' }).notes).toEqual([TEXT.noTls13]);
    expect(run({ policy: 'ok', tls12: 'not-run', tls13: 'failed', control: 'ok' }).notes).toEqual([]);
    expect(run({ policy: 'ok', tls12: 'ok', tls13: 'timeout' }).notes).toEqual([]);
  });

  it('notes a failed control check when the service worked anyway', () => {
    const d = run({ policy: 'ok', control: 'failed' });
    expect(d.notes).toEqual([TEXT.controlFailedButWorked]);
  });
});

describe('diagnose: fail-protocol', () => {
  it('control ok but policy failed: the browser reaches HTTPS here, but not with the required version', () => {
    const d = run({ policy: 'failed', control: 'ok', tls10: 'ok', tls11: 'failed', tls12: 'failed', tls13: 'failed' });
    expect(d.verdict).toBe('fail-protocol');
    expect(d.reasons).toEqual([TEXT.protocolReached('TLS 1.2'), TEXT.protocolBest('TLS 1.0')]);
    expect(d.matrix).toEqual({ tls10: 'yes', tls11: 'no', tls12: 'no', tls13: 'no' });
    expect(d.best_version).toBe('TLSv1');
    expect(d.notes).toEqual([]);
  });

  it('a working version probe is enough proof of reachability even when control failed', () => {
    const d = run({ policy: 'failed', control: 'failed', tls10: 'ok', tls12: 'failed' });
    expect(d.verdict).toBe('fail-protocol');
    expect(d.matrix).toEqual({ tls10: 'yes', tls11: 'unknown', tls12: 'no', tls13: 'unknown' });
    expect(d.notes).toEqual([TEXT.controlFailedButWorked]);
  });

  it('a hello below the policy decides it even when every probe failed (and says the network failed too)', () => {
    const d = run(
      { policy: 'failed', control: 'failed', tls10: 'failed', tls11: 'failed', tls12: 'failed', tls13: 'failed' },
      { hello: TLS10_HELLO },
    );
    expect(d.verdict).toBe('fail-protocol');
    expect(d.reasons).toEqual([TEXT.protocolReached('TLS 1.2'), TEXT.protocolHello('TLS 1.0', 'TLS 1.2')]);
    expect(d.notes).toEqual([TEXT.blockedToo]);
    expect(d.matrix).toEqual({ tls10: 'blocked', tls11: 'blocked', tls12: 'blocked', tls13: 'blocked' });
  });

  it('a hello offering no known version reads as offering nothing acceptable', () => {
    const d = run({ policy: 'failed' }, { hello: { ...TLS12_HELLO, highest_version: 'none', supported_versions: ['TLSv1.3-draft23'] } });
    expect(d.verdict).toBe('fail-protocol');
    expect(d.reasons).toContain(TEXT.protocolHello('none', 'TLS 1.2'));
  });

  it('with a TLS 1.3 policy, a TLS 1.2 hello or a working TLS 1.2 probe is a protocol failure', () => {
    const d = run({ policy: 'failed', control: 'ok', tls12: 'ok', tls13: 'failed' }, { policyMinVersion: 'TLSv1.3', hello: TLS12_HELLO });
    expect(d.verdict).toBe('fail-protocol');
    expect(d.reasons).toEqual([
      TEXT.protocolReached('TLS 1.3'),
      TEXT.protocolBest('TLS 1.2'),
      TEXT.protocolHello('TLS 1.2', 'TLS 1.3'),
    ]);
  });

  it('when the hello meets the policy, the reasons point at ciphers, certificate or interception', () => {
    const d = run({ policy: 'failed', control: 'ok' }, { hello: CHROMIUM_HELLO });
    expect(d.verdict).toBe('fail-protocol');
    expect(d.reasons).toEqual([TEXT.protocolReached('TLS 1.2'), TEXT.protocolNotVersion]);
  });

  it('policy timed out, but HTTPS works and every version probe at or above the minimum failed', () => {
    const d = run({ policy: 'timeout', control: 'ok', tls10: 'ok', tls12: 'failed', tls13: 'failed' });
    expect(d.verdict).toBe('fail-protocol');
    expect(d.reasons).toEqual([
      TEXT.protocolReached('TLS 1.2'),
      TEXT.protocolBest('TLS 1.0'),
      TEXT.protocolVersionsFailed('TLS 1.2'),
    ]);
    // TLS 1.3 policy: only tls13 matters
    const d13 = run({ policy: 'not-run', control: 'ok', tls12: 'ok', tls13: 'failed' }, { policyMinVersion: 'TLSv1.3' });
    expect(d13.verdict).toBe('fail-protocol');
  });

  it('policy did not run, but the hello seen is below the policy', () => {
    const d = run({ policy: 'not-run' }, { hello: TLS10_HELLO });
    expect(d.verdict).toBe('fail-protocol');
    expect(d.reasons).toEqual([TEXT.protocolReached('TLS 1.2'), TEXT.protocolHello('TLS 1.0', 'TLS 1.2')]);
  });
});

describe('diagnose: fail-blocked', () => {
  it('every HTTPS probe failed, control included: not a version question', () => {
    const d = run({ policy: 'failed', control: 'failed', tls10: 'failed', tls11: 'failed', tls12: 'failed', tls13: 'failed' });
    expect(d.verdict).toBe('fail-blocked');
    expect(d.reasons).toEqual([TEXT.blocked, TEXT.blockedCauses]);
    expect(d.matrix).toEqual({ tls10: 'blocked', tls11: 'blocked', tls12: 'blocked', tls13: 'blocked' });
    expect(d.best_version).toBeNull();
  });

  it('version probes that timed out or did not run do not prevent it', () => {
    const d = run({ policy: 'failed', control: 'failed', tls10: 'timeout', tls12: 'failed' });
    expect(d.verdict).toBe('fail-blocked');
    expect(d.matrix).toEqual({ tls10: 'unknown', tls11: 'unknown', tls12: 'blocked', tls13: 'unknown' });
  });

  it('a good hello seen means the failure came after it: certificate trust or interference', () => {
    const d = run({ policy: 'failed', control: 'failed' }, { hello: CHROMIUM_HELLO });
    expect(d.verdict).toBe('fail-blocked');
    expect(d.reasons).toEqual([TEXT.blocked, TEXT.blockedHelloOk]);
  });
});

describe('diagnose: unknown', () => {
  it('nothing ran', () => {
    const d = run({});
    expect(d.verdict).toBe('unknown');
    expect(d.reasons).toEqual([TEXT.unknownNotRun]);
    expect(d.matrix).toEqual({ tls10: 'unknown', tls11: 'unknown', tls12: 'unknown', tls13: 'unknown' });
    expect(d.best_version).toBeNull();
  });

  it('the policy probe timed out, and nothing else decides', () => {
    expect(run({ policy: 'timeout' }).reasons).toEqual([TEXT.unknownTimeout]);
    // a timeout is never read as a refusal, even with control failed
    expect(run({ policy: 'timeout', control: 'failed' }).verdict).toBe('unknown');
    // tls13 not run: the versions at or above TLS 1.2 did not all fail
    expect(run({ policy: 'timeout', control: 'ok', tls12: 'failed', tls13: 'not-run' }).verdict).toBe('unknown');
    // TLS 1.2 worked, but the policy endpoint did not answer: not verified, so not a pass
    expect(run({ policy: 'timeout', control: 'ok', tls12: 'ok' }).verdict).toBe('unknown');
    // a hello meeting the policy does not make a pass either
    expect(run({ policy: 'timeout' }, { hello: CHROMIUM_HELLO }).verdict).toBe('unknown');
  });

  it('policy failed but control timed out and nothing worked: cannot tell browser from network', () => {
    const d = run({ policy: 'failed', control: 'timeout', tls10: 'failed' });
    expect(d.verdict).toBe('unknown');
    expect(d.reasons).toEqual([TEXT.unknownMixed]);
    expect(d.matrix.tls10).toBe('unknown');
  });

  it('without any timeout, undecided gaps are reported as checks that did not run', () => {
    expect(run({ policy: 'not-run', control: 'ok', tls12: 'failed' }).reasons).toEqual([TEXT.unknownNotRun]);
  });
});

describe('diagnose: middlebox', () => {
  it('IE 8 on Windows XP cannot have sent a TLS 1.3 hello with GREASE', () => {
    const d = run({ policy: 'ok' }, { hello: CHROMIUM_HELLO, client: client('IE', 8, 'Windows', 'XP') });
    expect(d.verdict).toBe('pass');
    expect(d.middlebox).toBe(true);
    expect(d.notes).toEqual([
      TEXT.middlebox('the connection offered TLS 1.3 and GREASE values, which IE 8 cannot send'),
    ]);
    expect(d.notes[0]).toContain('A proxy or antivirus is probably intercepting');
  });

  it('a very old Firefox with TLS 1.3', () => {
    const d = run({ policy: 'ok' }, { hello: helloOf('firefox-esr'), client: client('Firefox', 45, 'Windows', '7') });
    expect(d.middlebox).toBe(true);
    expect(d.notes[0]).toContain('offered TLS 1.3, which Firefox 45 cannot send');
  });

  it('a current Chrome whose hello is a TLS 1.0 one without GREASE: the failure is the middlebox', () => {
    const d = run({ policy: 'failed', control: 'ok', tls10: 'ok' }, { hello: TLS10_HELLO, client: client('Chrome', 120, 'Windows', '10') });
    expect(d.verdict).toBe('fail-protocol');
    expect(d.middlebox).toBe(true);
    expect(d.reasons.at(-1)).toBe(TEXT.middlebox('the connection lacked GREASE values, which Chrome 120 always sends'));
  });

  it('no middlebox when the hello fits the browser, when either is missing, or for API clients', () => {
    const chrome = client('Chromium', 156, 'Linux', '');
    expect(run({ policy: 'ok' }, { hello: CHROMIUM_HELLO, client: chrome }).middlebox).toBe(false);
    expect(run({ policy: 'ok' }, { client: client('IE', 8, 'Windows', 'XP') }).middlebox).toBe(false);
    expect(run({ policy: 'ok' }, { hello: CHROMIUM_HELLO }).middlebox).toBe(false);
    expect(run({ policy: 'ok' }, { hello: CHROMIUM_HELLO, client: null }).middlebox).toBe(false);
    const curl = { kind: 'api-client', browser: 'curl', browser_major: 7, os: null, os_version: null } as const;
    expect(run({ policy: 'ok' }, { hello: TLS10_HELLO, client: curl }).middlebox).toBe(false);
  });

  it('goes into the reasons of a blocked verdict too', () => {
    const d = run({ policy: 'failed', control: 'failed' }, { hello: CHROMIUM_HELLO, client: client('IE', 11, 'Windows', '7') });
    expect(d.verdict).toBe('fail-blocked');
    expect(d.middlebox).toBe(true);
    expect(d.reasons).toEqual([TEXT.blocked, TEXT.blockedHelloOk, TEXT.middlebox('the connection offered TLS 1.3 and GREASE values, which IE 11 cannot send')]);
  });
});

describe('diagnose: invariants over every combination of probe results', () => {
  const STATUSES: ProbeStatus[] = ['ok', 'failed', 'timeout', 'not-run'];
  const KEYS = ['tls10', 'tls11', 'tls12', 'tls13', 'control', 'policy'] as const;

  function* combos(): Generator<ProbeResults> {
    for (let n = 0; n < 4 ** KEYS.length; n++) {
      const p = {} as ProbeResults;
      KEYS.forEach((k, i) => (p[k] = STATUSES[Math.floor(n / 4 ** i) % 4]!));
      yield p;
    }
  }

  it('holds for all 4096 combinations, both policies, with no hello, a low hello and a good hello', () => {
    const violations: string[] = [];
    let count = 0;
    for (const probes of combos()) {
      for (const policyMinVersion of ['TLSv1.2', 'TLSv1.3'] as const) {
        for (const hello of [null, TLS10_HELLO, CHROMIUM_HELLO]) {
          const d = diagnose({ probes, policyMinVersion, hello });
          count++;
          const fail = (what: string) => violations.push(`${what}: ${JSON.stringify({ probes, policyMinVersion, hello: hello?.highest_version, d })}`);
          const versionOk = VERSION_PROBES.some((v) => probes[v] === 'ok');
          if ((d.verdict === 'pass') !== (probes.policy === 'ok')) fail('pass iff policy ok');
          if (d.verdict === 'fail-blocked' && (probes.policy !== 'failed' || probes.control !== 'failed' || versionOk)) {
            fail('blocked needs policy and control failed and nothing ok');
          }
          if (hello === TLS10_HELLO && d.verdict !== 'pass' && d.verdict !== 'fail-protocol') fail('low hello decides');
          if (d.verdict === 'fail-protocol' && !(hello === TLS10_HELLO || probes.control === 'ok' || versionOk)) {
            fail('fail-protocol without evidence');
          }
          for (const v of VERSION_PROBES) {
            if ((d.matrix[v] === 'yes') !== (probes[v] === 'ok')) fail(`matrix ${v} yes iff ok`);
            if ((probes[v] === 'timeout' || probes[v] === 'not-run') && d.matrix[v] !== 'unknown') fail(`matrix ${v} unknown`);
            if (d.matrix[v] === 'blocked' && probes.control !== 'failed') fail(`matrix ${v} blocked needs control failed`);
          }
          if (d.reasons.length === 0) fail('no reasons');
          for (const text of [...d.reasons, ...d.notes]) if (!/^[A-Z].*\.$/s.test(text)) fail(`not a sentence: ${text}`);
        }
      }
    }
    expect(violations.slice(0, 5)).toEqual([]);
    expect(count).toBe(4096 * 6);
  });
});
