import type { Config } from './config.js';
import type { CertificateMaterial } from './tls/policy.js';

/** What routes need to know about the running server. Ports are filled in once the listeners are bound. */
export interface AppContext {
  config: Config;
  certificate: CertificateMaterial;
  /** Ports as browsers reach them (PUBLIC_* settings, else the bound ports). */
  publicHttpPort: number;
  publicHttpsPort: number;
  counters: { refusedHandshakes: number };
}

export function testPageUrl(ctx: AppContext, hostname: string): string {
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return ctx.publicHttpPort === 80 ? `http://${host}/` : `http://${host}:${ctx.publicHttpPort}/`;
}
