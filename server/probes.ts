/** Where the test page's probes go: the main policy, and each probe policy by hostname (SNI) or by port. */
import { isHostname, PROBE_POLICY_NAMES, type Config, type ProbePolicyName } from './config.js';
import type { AppContext } from './context.js';
import { httpsOrigin, type ProbeName } from './pages/testpage.js';

/** The hostname of a probe policy under a base hostname, e.g. tls10.localhost. */
export function probeHostname(config: Config, policy: ProbePolicyName, base: string): string {
  return `${config.probeHostPrefix}${policy}.${base}`;
}

function isIpLiteral(host: string): boolean {
  return host.includes(':') || /^[\d.]+$/.test(host);
}

/**
 * Probe URLs for a page served under `hostname`. Probe policies are reached by name on the main HTTPS port when
 * probe hosts are on and the page was opened by name (not by IP address), else on their own ports where
 * configured; a policy reachable neither way is left out.
 */
export function probeUrls(ctx: AppContext, hostname: string): Partial<Record<ProbeName, string>> {
  const urls: Partial<Record<ProbeName, string>> = { policy: `${httpsOrigin(hostname, ctx.publicHttpsPort)}/probe.gif` };
  const byName = ctx.config.probeHosts && isHostname(hostname) && !isIpLiteral(hostname);
  for (const policy of PROBE_POLICY_NAMES) {
    const port = ctx.probePorts[policy];
    if (byName) urls[policy] = `${httpsOrigin(probeHostname(ctx.config, policy, hostname), ctx.publicHttpsPort)}/probe.gif`;
    else if (port) urls[policy] = `${httpsOrigin(hostname, port)}/probe.gif`;
  }
  return urls;
}
