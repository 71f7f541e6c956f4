/**
 * Property tests: whatever the bytes, parseClientHello, clientHelloLength and ClientHelloReader either succeed or
 * fail with a ClientHelloError (never another exception, never a hang), and the reader agrees with the parser.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClientHello,
  ClientHelloCollector,
  ClientHelloError,
  ClientHelloReader,
  MAX_CLIENT_HELLO_BYTES,
  clientHelloLength,
  parseClientHello,
} from '../../server/tls/clienthello.js';
import {
  FIXTURE_NAMES,
  extension,
  fixture,
  handshake,
  hello,
  record,
  refragment,
  sniExtension,
  supportedVersionsExtension,
} from './helpers.js';

const FIXTURES = FIXTURE_NAMES.map((name) => ({ name, data: fixture(name) }));

type Outcome = { ok: true; bytes: number } | { ok: false; code: string };

/**
 * The module turns an internal bug (e.g. a TypeError) into ClientHelloError('malformed', 'unexpected parser
 * failure: ...') so it cannot escape; the properties treat that as a failure too, so such bugs still show here.
 */
function checkError(err: unknown, where: string): ClientHelloError {
  if (!(err instanceof ClientHelloError)) throw new Error(`${where} threw a foreign error: ${String(err)}`);
  if (err.message.startsWith('unexpected parser failure')) throw new Error(`${where}: internal error ${err.message}`);
  return err;
}

/** Runs all three entry points; fails the property on any non-ClientHelloError exception or internal failure. */
function outcome(data: Buffer): Outcome {
  let parsed: Outcome;
  try {
    parsed = { ok: true, bytes: parseClientHello(data).bytes };
  } catch (err) {
    parsed = { ok: false, code: checkError(err, 'parseClientHello').code };
  }
  try {
    clientHelloLength(data);
  } catch (err) {
    checkError(err, 'clientHelloLength');
  }
  const r = new ClientHelloReader().push(data); // push never throws
  if (r.status === 'complete') expect(parsed).toEqual({ ok: true, bytes: r.bytes });
  else if (r.status === 'error') {
    checkError(r.error, 'ClientHelloReader');
    expect(parsed).toEqual({ ok: false, code: r.error.code });
  } else expect(parsed).toEqual({ ok: false, code: 'truncated' });
  return parsed;
}

const bytes = (max: number) => fc.uint8Array({ maxLength: max }).map((a) => Buffer.from(a));

describe('ClientHello parsing never throws anything but ClientHelloError', () => {
  it('for random bytes', () => {
    fc.assert(fc.property(bytes(2048), (data) => void outcome(data)), { numRuns: 2000 });
  });

  it('for random bytes behind a valid record and handshake header', () => {
    fc.assert(
      fc.property(bytes(3000), fc.integer({ min: 0, max: 0x303 }), (body, version) => {
        const r = outcome(record(handshake(body), 0x0300 | (version & 0xff)));
        // A random body is almost never a valid hello, but it is never "truncated": the records are complete.
        if (!r.ok) expect(['malformed', 'too-large']).toContain(r.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('for random bodies with a plausible ClientHello start (version, random, session id)', () => {
    fc.assert(
      fc.property(bytes(64), bytes(600), (sessionId, rest) => {
        const start = Buffer.concat([Buffer.from([3, 3]), Buffer.alloc(32), Buffer.from([sessionId.length & 0x3f]), sessionId]);
        outcome(record(handshake(Buffer.concat([start, rest]))));
      }),
      { numRuns: 2000 },
    );
  });

  it('for every truncation of every real fixture ("truncated", except never on the whole)', () => {
    for (const { name, data } of FIXTURES) {
      expect(outcome(data), name).toEqual({ ok: true, bytes: data.length });
      for (let n = 0; n < data.length; n++) {
        expect(outcome(data.subarray(0, n)), `${name} cut at ${n}`).toEqual({ ok: false, code: 'truncated' });
      }
    }
  });

  it('for real fixtures with random bytes overwritten', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        ({ data }, edits) => {
          const copy = Buffer.from(data);
          for (const [i, v] of edits) copy[i % copy.length] = v;
          outcome(copy);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('for real fixtures with bytes inserted or deleted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.nat(), fc.nat({ max: 40 }), bytes(40), ({ data }, at, del, ins) => {
        const i = at % data.length;
        outcome(Buffer.concat([data.subarray(0, i), ins, data.subarray(Math.min(data.length, i + del))]));
      }),
      { numRuns: 2000 },
    );
  });

  it('for real fixtures re-split into random record sizes: same facts as the original', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.integer({ min: 1, max: 16384 }), { minLength: 1, maxLength: 6 }),
        ({ data }, sizes) => {
          const split = refragment(data, sizes);
          expect({ ...parseClientHello(split), bytes: 0 }).toEqual({ ...parseClientHello(data), bytes: 0 });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the reader, fed random chunkings, agrees with the parser and keeps every byte', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 20 }),
        bytes(20),
        ({ data }, cuts, tail) => {
          const input = Buffer.concat([data, tail]);
          const reader = new ClientHelloReader();
          let pos = 0;
          let i = 0;
          let r = reader.result;
          while (pos < input.length && r.status === 'incomplete') {
            const n = cuts[i++ % cuts.length]!;
            r = reader.push(input.subarray(pos, pos + n));
            pos += n;
          }
          expect(r.status).toBe('complete');
          if (r.status === 'complete') expect(r.facts).toEqual(parseClientHello(data));
          expect(reader.received.equals(input.subarray(0, Math.min(pos, input.length)))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the reader never throws on random chunk sequences', () => {
    fc.assert(
      fc.property(fc.array(bytes(300), { maxLength: 10 }), fc.boolean(), (chunks, tlsStart) => {
        const reader = new ClientHelloReader({ maxBytes: 1024 });
        if (tlsStart) reader.push(Buffer.from([22, 3, 1]));
        for (const c of chunks) {
          const r = reader.push(c);
          if (r.status === 'error') checkError(r.error, 'ClientHelloReader');
        }
        expect(reader.receivedLength).toBeLessThanOrEqual(1024 + 300 + 3);
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * ClientHello.skim reads the SNI name and the highest version without the full parse (routing and the hello store
 * use it on every connection): it must reject exactly the hellos the parse rejects and, for the others, say what
 * the parse says; the hello as the store keeps it (ClientHello.forKeeping) must parse to the same facts.
 */
function skimAgrees(data: Buffer): void {
  let h: ClientHello;
  try {
    h = ClientHello.from(data);
  } catch (err) {
    checkError(err, 'ClientHello.from');
    return;
  }
  const skim = h.skim; // before any parse: the walk, not the facts
  let facts;
  try {
    facts = parseClientHello(data);
  } catch (err) {
    checkError(err, 'parseClientHello');
    // What the parse rejects, the skim rejects too: routing and the store treat it as no hello, as before.
    expect(skim).toBeNull();
    expect(h.facts).toBeNull();
    expect(h.error).toBe((err as ClientHelloError).code);
    return;
  }
  expect(skim).toEqual({ sni: facts.sni, highest_version: facts.highest_version });
  // The hello as the store keeps it (its key shares' keys left out, one record) parses to the same facts.
  const kept = ClientHello.from(data).forKeeping();
  expect(kept.data.length).toBeLessThanOrEqual(facts.bytes + 5);
  expect(kept.parse()).toEqual(facts);
  expect(ClientHello.kept(kept.data, kept.bytes).parse()).toEqual(facts);
  expect(h.parse()).toEqual(facts);
}

describe('ClientHello.skim and the kept hello say what the parse says', () => {
  it('for every real fixture, whole and re-split into records', () => {
    for (const { name, data } of FIXTURES) {
      const h = ClientHello.from(data);
      expect(h.skim?.sni, name).toBe(parseClientHello(data).sni);
      skimAgrees(data);
      skimAgrees(refragment(data, [100, 7, 1000]));
    }
  });

  it('for hellos cut short inside the last extension of each kind (the walk must not read past the hello)', () => {
    for (const type of [0, 10, 13, 16, 43, 45, 51]) {
      for (const content of [[0, 3, 0, 29, 0], [0, 1, 0], [3, 3, 4], [0, 2, 1, 0], [5, 3]]) {
        skimAgrees(hello({ extensions: [sniExtension('a.example'), extension(type, Buffer.from(content))] }));
      }
    }
  });

  it('for real fixtures with random bytes overwritten (where they still parse)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        ({ data }, edits) => {
          const copy = Buffer.from(data);
          for (const [i, v] of edits) copy[i % copy.length] = v;
          skimAgrees(copy);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('for generated hellos: any SNI list, versions list (GREASE, drafts, unknown), legacy version, order', () => {
    const name = fc.oneof(
      fc.constantFrom('example.org', 'tls12.localhost', 'A.B', 'x'),
      fc.uint8Array({ minLength: 0, maxLength: 300 }).map((a) => Buffer.from(a)),
    );
    const sniEntries = fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), name), { maxLength: 3 });
    const version = fc.oneof(
      fc.constantFrom(0x0300, 0x0301, 0x0302, 0x0303, 0x0304, 0x7f17, 0x0a0a, 0xfafa, 0x7e01, 0x0200),
      fc.integer({ min: 0, max: 0xffff }),
    );
    fc.assert(
      fc.property(
        fc.option(sniEntries),
        fc.option(fc.array(version, { maxLength: 6 })),
        fc.constantFrom(0x0300, 0x0301, 0x0302, 0x0303, 0x0304, 0x0200),
        fc.boolean(),
        (sni, versions, legacy, versionsFirst) => {
          const exts: Buffer[] = [];
          if (sni) {
            const list = Buffer.concat(
              sni.map(([type, n]) => {
                const host = typeof n === 'string' ? Buffer.from(n) : n;
                return Buffer.concat([Buffer.from([type, host.length >> 8, host.length & 0xff]), host]);
              }),
            );
            exts.push(extension(0, Buffer.concat([Buffer.from([list.length >> 8, list.length & 0xff]), list])));
          }
          if (versions) exts.push(supportedVersionsExtension(versions));
          if (versionsFirst) exts.reverse();
          exts.push(sniExtension('never.read')); // a second server_name: the parse rejects it, the skim ignores it
          skimAgrees(hello({ legacyVersion: legacy, extensions: exts }));
          skimAgrees(hello({ legacyVersion: legacy, extensions: exts.slice(0, -1) }));
          skimAgrees(hello({ legacyVersion: legacy, extensions: null }));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('for generated hellos with random contents in every kind of extension (valid or not), duplicates included', () => {
    const types = [0, 10, 13, 16, 21, 35, 41, 43, 45, 51, 0x0a0a, 0xfe0d, 0xff01];
    const content = fc.oneof(
      bytes(24),
      // Well-formed lists of 2-byte values / of short vectors, so that the checks past the lengths run too.
      fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 5 }).map((v) => Buffer.concat([Buffer.from([0, v.length * 2]), ...v.map((x) => Buffer.from([x >> 8, x & 0xff]))])),
      fc.array(bytes(6), { maxLength: 3 }).map((v) => {
        const list = Buffer.concat(v.map((x) => Buffer.concat([Buffer.from([x.length]), x])));
        return Buffer.concat([Buffer.from([list.length >> 8, list.length & 0xff]), list]);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...types), content), { maxLength: 5 }), fc.integer({ min: 0, max: 40 }), (exts, sessionId) => {
        skimAgrees(hello({ sessionId: Buffer.alloc(sessionId, 1), extensions: exts.map(([t, c]) => extension(t, c)) }));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws, whatever the records carry', () => {
    fc.assert(
      fc.property(bytes(600), (body) => {
        for (const data of [record(handshake(body)), body]) {
          try {
            const h = ClientHello.from(data);
            void h.skim;
            void h.facts;
            void h.error;
          } catch (err) {
            checkError(err, 'ClientHello.from');
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the collector keeps every hello the reader completes, parsed only when asked, with the same outcome', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.nat(), fc.integer({ min: 0, max: 255 }), ({ data }, at, v) => {
        const copy = Buffer.from(data);
        copy[at % copy.length] = v;
        const read = new ClientHelloReader().push(copy);
        const collected = new ClientHelloCollector().push(copy);
        if (collected.status === 'complete') {
          expect(collected.hello.data.equals(copy.subarray(0, collected.bytes))).toBe(true);
          if (read.status === 'complete') expect(collected.hello.facts).toEqual(read.facts);
          else if (read.status === 'error') expect(collected.hello.error).toBe(read.error.code);
          else throw new Error('the reader is incomplete where the collector is complete');
        } else expect(collected).toEqual(read);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('ClientHello parsing takes bounded time up to 64 KiB', () => {
  const timed = (fn: () => void): number => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };

  it('a 64 KiB hello of 1-byte records, parsed at once and read byte by byte', () => {
    // 1-byte records: 6 bytes each, the most per-record work the limit allows
    const small = hello({ extensions: [extension(21, Buffer.alloc(10_500))] });
    const data = refragment(small, [1]);
    expect(data.length).toBeGreaterThan(60_000);
    expect(data.length).toBeLessThanOrEqual(MAX_CLIENT_HELLO_BYTES);
    let ms = timed(() => expect(parseClientHello(data).extensions).toEqual([21]));
    expect(ms).toBeLessThan(500);
    ms = timed(() => {
      const reader = new ClientHelloReader();
      for (let i = 0; i < data.length; i++) reader.push(data.subarray(i, i + 1));
      expect(reader.result.status).toBe('complete');
    });
    expect(ms).toBeLessThan(1500);
  });

  it('a 64 KiB hello with ~16 000 empty extensions, and one with 30 000 cipher suites', () => {
    // types 1000..15999 include four GREASE values (0x0A0A, 0x1A1A, 0x2A2A, 0x3A3A), which are left out
    const many = Array.from({ length: 15_000 }, (_, i) => extension(1000 + i, Buffer.alloc(0)));
    const data = refragment(hello({ extensions: many }), [16384]);
    expect(data.length).toBeLessThanOrEqual(MAX_CLIENT_HELLO_BYTES);
    let ms = timed(() => expect(parseClientHello(data).extensions).toHaveLength(15_000 - 4));
    expect(ms).toBeLessThan(500);
    const suites = Array.from({ length: 30_000 }, (_, i) => i);
    const data2 = refragment(hello({ suites }), [16384]);
    ms = timed(() => expect(parseClientHello(data2).cipher_suites).toHaveLength(30_000));
    expect(ms).toBeLessThan(500);
  });

  it('64 KiB of random bytes behind a TLS header', () => {
    const data = refragment(record(handshake(Buffer.alloc(65_000, 0xab))), [16384]);
    const ms = timed(() => {
      for (let i = 0; i < 20; i++) outcome(data);
    });
    expect(ms).toBeLessThan(1000);
  });
});
