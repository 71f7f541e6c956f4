/**
 * The hello store: one ClientHello per test run, kept as received and parsed when the diagnosis asks.
 */
import { describe, expect, it } from 'vitest';
import { ClientHello, parseClientHello } from '../server/tls/clienthello.js';
import { HelloStore } from '../server/visits.js';
import { extension, fixture, hello, refragment, supportedVersionsExtension } from './tls/helpers.js';

const tls12 = () => ClientHello.from(fixture('openssl-tls1_2'));
const tls13 = () => ClientHello.from(fixture('curl-default'));
const tls10 = () => ClientHello.from(fixture('openssl-tls1'));
const RUN = 'run0000000000001';

describe('HelloStore', () => {
  it('keeps the first hello of a run, replaced only by one offering a newer version', async () => {
    const store = new HelloStore();
    expect(store.remember(RUN, tls12())).toBe(true);
    expect(store.remember(RUN, tls12())).toBe(false); // as new: the first stays
    expect(store.remember(RUN, tls10())).toBe(false); // older
    expect((await store.lookup(RUN))?.highest_version).toBe('TLSv1.2');
    expect(store.remember(RUN, tls13())).toBe(true); // newer
    expect(await store.lookup(RUN)).toEqual(parseClientHello(fixture('curl-default')));
    expect(store.size).toBe(1);
  });

  it('takes run ids only, and answers null for runs it has not seen', async () => {
    const store = new HelloStore();
    for (const id of ['', 'short', 'UPPERCASE0000000', 'run-0000000000001', 'x'.repeat(41)]) expect(store.remember(id, tls12())).toBe(false);
    expect(store.size).toBe(0);
    expect(await store.lookup(RUN)).toBeNull();
  });

  it('refuses a hello its parse would reject, found without parsing it (nothing to rank it by)', () => {
    const store = new HelloStore();
    const noSuites = ClientHello.from(hello({ suites: [], extensions: [supportedVersionsExtension([0x0304])] }));
    const oddVersions = ClientHello.from(hello({ extensions: [extension(43, Buffer.from([3, 3, 4, 3]))] }));
    const twice = ClientHello.from(hello({ extensions: [supportedVersionsExtension([0x0304]), extension(21, Buffer.alloc(0)), extension(21, Buffer.alloc(0))] }));
    for (const h of [noSuites, oddVersions, twice]) {
      expect(h.skim).toBeNull();
      expect(store.remember(RUN, h)).toBe(false);
      expect(h.error).toBe('malformed');
    }
    // A malformed hello after a good one does not displace it, whatever versions it claims.
    store.remember(RUN, tls12());
    expect(store.remember(RUN, twice)).toBe(false);
    expect(store.get(RUN)?.skim?.highest_version).toBe('TLSv1.2');
  });

  it('forgets runs after their time, and the oldest first when full', () => {
    const store = new HelloStore(2, 1000);
    store.remember('run0000000000001', tls12(), 0);
    store.remember('run0000000000002', tls12(), 10);
    expect(store.get('run0000000000001', 999)).not.toBeNull();
    expect(store.get('run0000000000001', 1000)).toBeNull();
    // An expired entry is replaced even by an older version.
    store.remember('run0000000000002', tls10(), 2000);
    expect(store.get('run0000000000002', 2000)?.skim?.highest_version).toBe('TLSv1');
    store.remember('run0000000000003', tls12(), 2001);
    store.remember('run0000000000004', tls12(), 2002);
    expect(store.size).toBe(2);
    expect(store.get('run0000000000002', 2002)).toBeNull();
    expect(store.get('run0000000000004', 2002)).not.toBeNull();
  });

  it('keeps a hello small, in a buffer of its own: not a view that would keep a larger chunk alive, only what it reads', () => {
    const big = Buffer.concat([fixture('chromium'), Buffer.alloc(60_000, 1)]);
    const view = ClientHello.from(big);
    expect(view.data.buffer.byteLength).toBeGreaterThan(60_000);
    const store = new HelloStore();
    store.remember(RUN, view);
    const kept = store.get(RUN) as ClientHello;
    expect(kept.data.buffer.byteLength).toBe(kept.data.length);
    expect(kept.data.length).toBeLessThan(300); // of 2013: its post-quantum key share, GREASE, ECH, padding left out
    expect(kept.bytes).toBe(fixture('chromium').length);
    expect(kept.parse()).toEqual(parseClientHello(fixture('chromium')));
  });

  it('keeps only what facts are made from: a 60 KB session ticket is not kept', () => {
    const ticket = ClientHello.from(refragment(hello({ extensions: [supportedVersionsExtension([0x0304, 0x0303]), extension(35, Buffer.alloc(60_000, 7))] }), [16_384]));
    const store = new HelloStore();
    store.remember(RUN, ticket);
    const kept = store.get(RUN) as ClientHello;
    expect(kept.data.length).toBeLessThan(200);
    expect(store.bytes).toBe(kept.data.length);
    expect(kept.parse()).toEqual(ticket.parse());
    expect(kept.parse().session_ticket).toBe(true);
  });

  it('bounds the bytes kept: huge hellos (30,000 suites each) push the oldest runs out', () => {
    const suites = Array.from({ length: 30_000 }, (_, i) => 0x0100 + (i % 0xfe00));
    const huge = () => ClientHello.from(refragment(hello({ suites, extensions: [supportedVersionsExtension([0x0304])] }), [16_384]));
    const store = new HelloStore(10_000, 60_000, 200_000);
    for (let i = 0; i < 10; i++) expect(store.remember(`run00000000000${10 + i}`, huge())).toBe(true);
    expect(store.bytes).toBeLessThanOrEqual(200_000);
    expect(store.size).toBe(3);
    expect(store.get('run0000000000019')?.parse().cipher_suites).toHaveLength(30_000);
    expect(store.get('run0000000000010')).toBeNull();
    // One entry is always kept, however large: the newest run still gets its diagnosis.
    const tiny = new HelloStore(10, 60_000, 1000);
    tiny.remember(RUN, huge());
    expect(tiny.size).toBe(1);
  });
});
