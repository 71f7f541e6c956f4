/**
 * The hello store: one ClientHello per test run, kept as received and parsed when the diagnosis asks.
 */
import { describe, expect, it } from 'vitest';
import { ClientHello, parseClientHello } from '../server/tls/clienthello.js';
import { HelloStore } from '../server/visits.js';
import { fixture, hello, supportedVersionsExtension, extension } from './tls/helpers.js';

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

  it('parses only when asked: a hello whose body is malformed is kept, and reads as none', async () => {
    const noSuites = ClientHello.from(hello({ suites: [], extensions: [supportedVersionsExtension([0x0304])] }));
    const store = new HelloStore();
    expect(store.remember(RUN, noSuites)).toBe(true);
    expect(await store.lookup(RUN)).toBeNull();
    expect(store.get(RUN)?.error).toBe('malformed');
  });

  it('refuses a hello whose version list it cannot read (nothing to rank it by)', () => {
    const oddVersions = ClientHello.from(hello({ extensions: [extension(43, Buffer.from([3, 3, 4, 3]))] }));
    expect(oddVersions.skim).toBeNull();
    expect(new HelloStore().remember(RUN, oddVersions)).toBe(false);
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

  it('keeps a hello small, in a buffer of its own: not a view that would keep a larger chunk alive, no key shares', () => {
    const big = Buffer.concat([fixture('chromium'), Buffer.alloc(60_000, 1)]);
    const view = ClientHello.from(big);
    expect(view.data.buffer.byteLength).toBeGreaterThan(60_000);
    const store = new HelloStore();
    store.remember(RUN, view);
    const kept = store.get(RUN) as ClientHello;
    expect(kept.data.buffer.byteLength).toBe(kept.data.length);
    expect(kept.data.length).toBeLessThan(fixture('chromium').length / 2); // Chromium's post-quantum key share
    expect(kept.bytes).toBe(fixture('chromium').length);
    expect(kept.parse()).toEqual(parseClientHello(fixture('chromium')));
  });
});
