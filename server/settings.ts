/**
 * Everything the server needs to know before it starts, from the environment (Config) and the site file
 * (SiteConfig): the effective TLS policy and certificate files. The environment wins over the file.
 */
import type { Config } from './config.js';
import { loadSiteConfig, type SiteConfig } from './site.js';
import { resolveTlsPolicy, type TlsPolicy, type TlsPolicySource } from './tls/policy.js';

export interface Settings {
  /** The configuration with the effective values filled in (tlsMinVersion, certificate files). */
  config: Config;
  site: SiteConfig;
  policy: TlsPolicy;
}

const ENV_NAMES: Record<string, string> = { preset: 'TLS_POLICY', minVersion: 'TLS_MIN_VERSION', maxVersion: 'TLS_MAX_VERSION' };

/** Combine the environment and the site file. Pure; throws ConfigError naming the variable or the file's field. */
export function resolveSettings(config: Config, site: SiteConfig): Settings {
  const env = config.tlsPolicyEnv;
  const sources: TlsPolicySource[] = [
    {
      ...(env.preset ? { preset: env.preset } : {}),
      settings: { ...(env.minVersion ? { minVersion: env.minVersion } : {}), ...(env.maxVersion ? { maxVersion: env.maxVersion } : {}) },
      name: (field) => ENV_NAMES[field] ?? field,
    },
  ];
  if (site.source) {
    const source = site.source;
    sources.push({ ...(site.tls.preset ? { preset: site.tls.preset } : {}), settings: site.tls.settings, name: (field) => `TLSTEST_CONFIG ${source}: tls.${field}` });
  }
  const policy = resolveTlsPolicy(sources);
  const useFileCert = config.tlsCertFile === null && site.tls.certFile !== null;
  return {
    config: {
      ...config,
      tlsMinVersion: policy.minVersion,
      tlsCertFile: useFileCert ? site.tls.certFile : config.tlsCertFile,
      tlsKeyFile: useFileCert ? site.tls.keyFile : config.tlsKeyFile,
    },
    site,
    policy,
  };
}

/** Read the site file (if any) and resolve the settings. */
export function loadSettings(config: Config): Settings {
  return resolveSettings(config, loadSiteConfig(config.siteConfigFile));
}
