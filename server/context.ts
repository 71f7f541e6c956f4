import type { Config, ProbePolicyName } from './config.js';
import type { CertificateMaterial, PolicyName } from './tls/policy.js';
import type { HelloStore } from './visits.js';

/** What routes need to know about the running server. Ports are filled in once the listeners are bound. */
export interface AppContext {
  config: Config;
  certificate: CertificateMaterial;
  /** Ports as browsers reach them (PUBLIC_* settings, else the bound ports). */
  publicHttpPort: number;
  publicHttpsPort: number;
  /** Bound ports of the probe policies that have ports of their own. */
  probePorts: Partial<Record<ProbePolicyName, number>>;
  /** ClientHellos seen by each test run's probes, for the diagnosis. */
  hellos: HelloStore;
  counters: { refusedHandshakes: number; refusedByPolicy: Partial<Record<PolicyName, number>> };
}

export function testPageUrl(ctx: AppContext, hostname: string): string {
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return ctx.publicHttpPort === 80 ? `http://${host}/` : `http://${host}:${ctx.publicHttpPort}/`;
}
