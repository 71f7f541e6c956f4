/**
 * The admin listener (ADMIN_PORT, loopback by default): GET /metrics in Prometheus text format, GET /status with
 * the TLS policy, certificate and site in force, GET /healthz. A plain node:http server: it serves operators and
 * Prometheus, never visitors, and does no work per visitor connection. In cluster mode the primary runs it and
 * collects the workers' numbers; in one process it reads that process's.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger.js';
import { renderPrometheus, type MetricsSnapshot } from './metrics/registry.js';

export interface AdminSources {
  metrics(): Promise<MetricsSnapshot>;
  status(): Promise<unknown>;
}

export interface AdminServer {
  port: number;
  close(): Promise<void>;
}

export async function startAdminServer(host: string, port: number, sources: AdminSources, logger: Logger): Promise<AdminServer> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain; charset=utf-8', 'GET only\n');
    const fail = (err: unknown) => {
      logger.error({ event: 'admin-error', path, err: (err as Error).message }, 'admin request failed');
      send(500, 'text/plain; charset=utf-8', 'internal error\n');
    };
    if (path === '/metrics') {
      sources.metrics().then((snap) => send(200, 'text/plain; version=0.0.4; charset=utf-8', renderPrometheus(snap)), fail);
    } else if (path === '/status') {
      sources.status().then((s) => send(200, 'application/json; charset=utf-8', `${JSON.stringify(s, null, 2)}\n`), fail);
    } else if (path === '/healthz') {
      send(200, 'application/json; charset=utf-8', '{"status":"ok"}\n');
    } else {
      send(404, 'text/plain; charset=utf-8', 'admin listener: /metrics, /status, /healthz\n');
    }
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  logger.info({ event: 'admin-listening', admin_port: bound, admin_host: host }, `admin listener (metrics, status): http://${host.includes(':') ? `[${host}]` : host}:${bound}/metrics`);
  return {
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
