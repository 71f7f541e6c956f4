/**
 * The ClientHello seen from each test run, keyed by the random run id the page's probes carry, so that the
 * diagnosis can compare it with the User-Agent. Bounded in size and age: old entries are dropped first.
 */
import { sharedFacts, type ClientHelloFacts } from './tls/clienthello.js';
import { versionRank } from './tls/registry.js';

export const RUN_ID_RE = /^[a-z0-9]{8,40}$/;

interface Entry {
  hello: ClientHelloFacts;
  at: number;
}

/**
 * Where the probes' hellos are kept and looked up. One process: a HelloStore. Several worker processes: the probe
 * and the diagnosis request of one run may reach different workers, so the store is shared through the primary
 * (server/cluster.ts); lookups are therefore asynchronous.
 */
export interface HelloRegistry {
  remember(id: string, hello: ClientHelloFacts): void;
  lookup(id: string): Promise<ClientHelloFacts | null>;
}

export class HelloStore implements HelloRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries = 10_000,
    private readonly ttlMs = 10 * 60_000,
  ) {}

  /**
   * Remember the hello of a successful probe of run `id`. When several probes of one run succeed, keep the hello
   * that offered the newest version: an old browser may have retried with a lower version after a refusal.
   */
  remember(id: string, hello: ClientHelloFacts, now = Date.now()): void {
    if (!RUN_ID_RE.test(id)) return;
    const old = this.entries.get(id);
    if (old && now - old.at < this.ttlMs && versionRank(old.hello.highest_version) >= versionRank(hello.highest_version)) return;
    this.entries.delete(id);
    this.entries.set(id, { hello: sharedFacts(hello), at: now });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get(id: string, now = Date.now()): ClientHelloFacts | null {
    const e = this.entries.get(id);
    if (!e) return null;
    if (now - e.at >= this.ttlMs) {
      this.entries.delete(id);
      return null;
    }
    return e.hello;
  }

  lookup(id: string): Promise<ClientHelloFacts | null> {
    return Promise.resolve(this.get(id));
  }

  get size(): number {
    return this.entries.size;
  }
}
