/**
 * The deployment files: what can be checked without a container engine or a cluster (neither runs here). The
 * health-check command of the image and of docker-compose.yml is run for real against a server; the example site
 * file goes through the real loader; the compose and Kubernetes files are parsed and their safety settings read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { parseConfig, PROJECT_ROOT } from '../server/config.js';
import { resolveSettings } from '../server/settings.js';
import { loadSiteConfig } from '../server/site.js';
import { run } from './helpers/clients.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

describe('Dockerfile and docker-compose.yml', () => {
  const dockerfile = read('Dockerfile');
  const compose = parseYaml(read('docker-compose.yml')) as { services: Record<string, Record<string, any>> };
  const service = compose.services.tlstest as Record<string, any>;

  it('the image: multi-stage, production dependencies only, non-root, health check, SIGTERM', () => {
    expect(dockerfile).toMatch(/^FROM node:20-bookworm-slim AS build$/m);
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev /m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    const cmd = /^CMD \["node", (?:"--[^"]+", )*"dist\/server\/index\.js"\]$/m.exec(dockerfile);
    expect(cmd).not.toBeNull();
    expect(dockerfile.indexOf('USER node')).toBeLessThan(cmd?.index ?? -1);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
    expect(dockerfile).toMatch(/^STOPSIGNAL SIGTERM$/m);
    expect(dockerfile).toMatch(/apt-get install -y --no-install-recommends openssl/);
  });

  it('compose: ports 80/443 and a loopback-only admin port, read-only certificates and site, restart policy, health check', () => {
    expect(service.restart).toBe('unless-stopped');
    expect(service.ports).toEqual(['80:80', '443:443', '127.0.0.1:9090:9090']);
    expect(service.volumes).toEqual(['./deploy/certs:/etc/tlstest/certs:ro', './deploy/site:/etc/tlstest/site:ro']);
    expect(service.environment).toMatchObject({
      TLSTEST_CONFIG: '/etc/tlstest/site/site.yaml',
      TLS_CERT_FILE: '/etc/tlstest/certs/fullchain.pem',
      TLS_KEY_FILE: '/etc/tlstest/certs/privkey.pem',
    });
    expect(service.read_only).toBe(true);
    expect(service.cap_drop).toEqual(['ALL']);
    expect(service.sysctls).toEqual({ 'net.ipv4.ip_unprivileged_port_start': '0' });
    expect(service.healthcheck.test[0]).toBe('CMD');
    // The environment names it uses are ones tlstest reads.
    expect(() => parseConfig({ ...service.environment, HTTP_PORT: '80', HTTPS_PORT: '443' }, '/', 2)).not.toThrow();
  });

  describe('the health-check command, run for real', () => {
    let srv: TestServer;
    beforeAll(async () => {
      srv = await startTestServer();
    });
    afterAll(() => srv.close());

    const commands = () => {
      const fromDockerfile = /^HEALTHCHECK .*\\\n\s+CMD (\[.*\])$/m.exec(dockerfile)?.[1];
      expect(fromDockerfile).toBeDefined();
      return { dockerfile: JSON.parse(fromDockerfile as string) as string[], compose: (service.healthcheck.test as string[]).slice(1) };
    };

    it.each(['dockerfile', 'compose'] as const)('%s: exit 0 while tlstest answers /healthz, 1 when nothing listens', async (which) => {
      const [cmd, ...args] = commands()[which] as [string, ...string[]];
      expect(cmd).toBe('node');
      const env = (port: number) => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HTTP_PORT: String(port) });
      expect((await run(process.execPath, args, { env: env(srv.httpPort), timeoutMs: 10_000 })).code).toBe(0);
      // A port where nothing listens (the admin port of a stopped server would do; port 1 is never ours).
      expect((await run(process.execPath, args, { env: env(1), timeoutMs: 10_000 })).code).toBe(1);
    });
  });
});

describe('deploy/site.example.yaml', () => {
  it('is a valid site configuration with a valid TLS policy', () => {
    const site = loadSiteConfig(path.join(PROJECT_ROOT, 'deploy', 'site.example.yaml'));
    expect(site).toMatchObject({ organisation: 'Example Bank', language: 'en', tls: { preset: 'intermediate' } });
    expect(site.services.length).toBeGreaterThan(0);
    expect(site.schedule.map((e) => e.date)).toEqual(['2025-03-01', '2025-06-30']);
    expect(resolveSettings(parseConfig({}, '/', 2), site).policy.preset).toBe('intermediate');
  });
});

describe('deploy/kubernetes.yaml', () => {
  const docs = parseAllDocuments(read('deploy/kubernetes.yaml')).map((d) => d.toJS() as Record<string, any>);
  const deployment = docs.find((d) => d.kind === 'Deployment') as Record<string, any>;
  const service = docs.find((d) => d.kind === 'Service') as Record<string, any>;

  it('a LoadBalancer Service passing TCP 80 and 443 through (no TLS termination)', () => {
    expect(service.spec.type).toBe('LoadBalancer');
    expect(service.spec.ports.map((p: Record<string, unknown>) => [p.port, p.protocol])).toEqual([
      [80, 'TCP'],
      [443, 'TCP'],
    ]);
    expect(service.spec.externalTrafficPolicy).toBe('Local');
    expect(docs.some((d) => d.kind === 'Ingress')).toBe(false);
  });

  it('pods run as non-root with read-only files, health probes on /healthz, time to stop gracefully', () => {
    const pod = deployment.spec.template.spec;
    const container = pod.containers[0];
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(container.readinessProbe.httpGet.path).toBe('/healthz');
    expect(container.livenessProbe.httpGet.path).toBe('/healthz');
    expect(container.volumeMounts.filter((m: Record<string, unknown>) => m.mountPath !== '/tmp').every((m: Record<string, unknown>) => m.readOnly === true)).toBe(true);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(10);
    const env = Object.fromEntries(container.env.map((e: { name: string; value: string }) => [e.name, e.value]));
    expect(() => parseConfig(env, '/', 2)).not.toThrow();
  });
});
