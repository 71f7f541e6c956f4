import type { Config, ProbePolicyName } from './config.js';
import type { Metrics } from './metrics/registry.js';
import type { SiteConfig } from './site.js';
import type { CertificateMaterial, PolicyName, TlsPolicy } from './tls/policy.js';
import type { HelloRegistry } from './visits.js';

/** What routes need to know about the running server. Ports are filled in once the listeners are bound. */
export interface AppContext {
  /** The configuration with effective values (tlsMinVersion from the TLS policy, certificate files). */
  config: Config;
  /** The certificate served now (replaced on a reload). */
  certificate: CertificateMaterial;
  /** The site's branding, services and schedule (neutral defaults without TLSTEST_CONFIG). */
  site: SiteConfig;
  /** The main TLS policy in force. */
  policy: TlsPolicy;
  /** Ports as browsers reach them (PUBLIC_* settings, else the bound ports). */
  publicHttpPort: number;
  publicHttpsPort: number;
  /** Bound ports of the probe policies that have ports of their own. */
  probePorts: Partial<Record<ProbePolicyName, number>>;
  /** ClientHellos seen by each test run's probes, for the diagnosis. */
  hellos: HelloRegistry;
  counters: { refusedHandshakes: number; refusedByPolicy: Partial<Record<PolicyName, number>> };
  /** This process's metrics (added up over the workers by the admin listener). */
  metrics: Metrics;
  /** True once shutdown has begun: answers carry Connection: close. */
  closing: boolean;
}

export function testPageUrl(ctx: AppContext, hostname: string): string {
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return ctx.publicHttpPort === 80 ? `http://${host}/` : `http://${host}:${ctx.publicHttpPort}/`;
}
