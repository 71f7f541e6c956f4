/**
 * The ClientHello seen from each test run, keyed by the random run id the page's probes carry, so that the
 * diagnosis can compare it with the User-Agent. Bounded in size and age: old entries are dropped first.
 *
 * Hellos are kept as received and parsed when the diagnosis asks (once per run), not on every probe: a visit makes
 * six or more probe connections and the diagnosis reads one hello. A kept hello whose body turns out malformed
 * reads as none (the probe's handshake succeeded, so OpenSSL accepted it; the diagnosis then goes without it).
 */
import type { ClientHello, ClientHelloFacts } from './tls/clienthello.js';
import { versionRank } from './tls/registry.js';

export const RUN_ID_RE = /^[a-z0-9]{8,40}$/;

interface Entry {
  hello: ClientHello;
  rank: number;
  at: number;
}

/**
 * Where the probes' hellos are kept and looked up. One process: a HelloStore. Several worker processes: the probe
 * and the diagnosis request of one run may reach different workers, so the store is shared through the primary
 * (server/cluster.ts); lookups are therefore asynchronous.
 */
export interface HelloRegistry {
  remember(id: string, hello: ClientHello): void;
  /** The facts of the run's hello (parsed now), or null. */
  lookup(id: string): Promise<ClientHelloFacts | null>;
}

/**
 * Bytes of kept hellos at most, beside the count: a kept hello is some 120-330 bytes (Chromium's 2013-byte hello is
 * kept in 279), but one with tens of thousands of suites or groups keeps up to 64 KB of them. 8 MiB holds the
 * 10,000 runs of real browsers several times over; a flood of huge hellos pushes the oldest runs out instead of
 * growing the store.
 */
export const HELLO_STORE_MAX_BYTES = 8 * 1024 * 1024;

export class HelloStore implements HelloRegistry {
  private readonly entries = new Map<string, Entry>();
  private kept = 0;

  constructor(
    private readonly maxEntries = 10_000,
    private readonly ttlMs = 10 * 60_000,
    private readonly maxBytes = HELLO_STORE_MAX_BYTES,
  ) {}

  /**
   * Remember the hello of a successful probe of run `id`. When several probes of one run succeed, keep the hello
   * that offered the newest version: an old browser may have retried with a lower version after a refusal.
   * Returns whether the hello was kept (false: the run already has one as new, the id is not a run id, or the
   * hello is malformed). The versions are read, and the hello checked, without parsing it (ClientHello.skim).
   * The oldest runs are dropped when there are more than maxEntries or their hellos take more than maxBytes.
   */
  remember(id: string, hello: ClientHello, now = Date.now()): boolean {
    if (!RUN_ID_RE.test(id)) return false;
    const skim = hello.skim;
    if (!skim) return false;
    const rank = versionRank(skim.highest_version);
    const old = this.entries.get(id);
    if (old && now - old.at < this.ttlMs && old.rank >= rank) return false;
    this.drop(id);
    // In a small buffer of its own, with only what its facts are made from (ClientHello.forKeeping).
    const kept = hello.forKeeping();
    this.entries.set(id, { hello: kept, rank, at: now });
    this.kept += kept.data.length;
    while (this.entries.size > this.maxEntries || (this.kept > this.maxBytes && this.entries.size > 1)) {
      this.drop(this.entries.keys().next().value as string);
    }
    return true;
  }

  private drop(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.entries.delete(id);
    this.kept -= e.hello.data.length;
  }

  /** The run's hello as kept (not parsed), or null. */
  get(id: string, now = Date.now()): ClientHello | null {
    const e = this.entries.get(id);
    if (!e) return null;
    if (now - e.at >= this.ttlMs) {
      this.drop(id);
      return null;
    }
    return e.hello;
  }

  lookup(id: string): Promise<ClientHelloFacts | null> {
    return Promise.resolve(this.get(id)?.facts ?? null);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Bytes of the hellos kept. */
  get bytes(): number {
    return this.kept;
  }
}
