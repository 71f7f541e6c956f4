/**
 * Starting and stopping tlstest: certificate material, the two Fastify apps, the HTTPS front door and the
 * plain-HTTP listener. index.ts wraps this for the command line; tests call it with port 0.
 */
import type http from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyServerFactory } from 'fastify';
import { startAdminServer, type AdminServer } from './admin.js';
import app from './app.js';
import { PROBE_POLICY_NAMES, type Config, type ProbePolicyName } from './config.js';
import type { AppContext } from './context.js';
import { testPageUrl } from './context.js';
import { applyServerLimits, clientErrorHandler, httpServerOptions, limitConnections, resetRequestLines, startTimeoutChecks, trackRequestLines } from './limits.js';
import { clip, logAccess, type Logger } from './logger.js';
import { createFastLane, installFastLane, withFastLane, type FastLane } from './fastlane.js';
import { installHttp1Reader, type Http1Reader } from './http1.js';
import { publicAssets } from './plugins/static.js';
import { lazySchemaCompilers } from './schema-compilers.js';
import { Metrics, type MetricsSnapshot } from './metrics/registry.js';
import { loadSettings, type Settings } from './settings.js';
import { ensureDevCertificates } from './tls/devcerts.js';
import type { ClientHello } from './tls/clienthello.js';
import { certificateWarnings, keyFileMode, summarise, watchFiles, type CertificateSummary, type FileWatch } from './tls/certinfo.js';
import { probeHostname } from './probes.js';
import { frameworkErrors, type RouteRecord } from './plugins/errors.js';
import { HelloStore, type HelloRegistry } from './visits.js';
import { connectionFacts } from './tls/connections.js';
import { createFrontDoor, type Route } from './tls/frontdoor.js';
import { startTicketKeyRotation, type TicketKeyRotation } from './tls/tickets.js';
import { loadCertificate, mainTlsOptions, probeTlsOptions, type CertificateMaterial, type PolicyName, type TlsPolicy } from './tls/policy.js';

export interface RunningServer {
  ctx: AppContext;
  httpApp: FastifyInstance;
  httpsApp: FastifyInstance;
  httpPort: number;
  httpsPort: number;
  /** Port of the admin listener (metrics, status), null when it is off or run by the cluster primary. */
  adminPort: number | null;
  /** The routes each listener serves (method and pattern), as registered. */
  routes: { http: readonly RouteRecord[]; https: readonly RouteRecord[] };
  /** Convenience URLs on loopback. */
  httpUrl: string;
  httpsUrl: string;
  /**
   * Load the certificate files again and serve the new certificate to new connections (open ones keep theirs).
   * A certificate that fails to load is logged and the old one kept; returns whether the new one is in use.
   */
  reloadCertificate(reason: string): boolean;
  /** This process's metrics, with the certificate gauges as of now. */
  metricsSnapshot(): MetricsSnapshot;
  /** The policy, certificate and site in force (the admin /status answer). */
  status(): ServerStatus;
  /** Session ticket keys of every TLS policy (server/tls/tickets.ts). */
  tickets: TicketKeyRotation;
  /** Requests answered straight off the socket (server/http1.ts), connections handed over to Node, connections held now. */
  http1Stats(): { answered: number; handedOver: number; open: number };
  /**
   * Graceful stop: stop accepting, let requests in flight finish (their answers say Connection: close), close
   * idle connections; whatever is still open after `graceMs` (default SHUTDOWN_GRACE_MS) is cut.
   */
  close(graceMs?: number): Promise<void>;
}

export interface ServerStatus {
  pid: number;
  policy: TlsPolicy;
  certificate: CertificateSummary;
  site: { source: string | null; organisation: string | null; product: string | null };
}

export interface StartOptions {
  /** Settings already loaded (the cluster primary checks them before it forks); loaded from `config` otherwise. */
  settings?: Settings;
  /** Where probe hellos go; a cluster worker passes the store shared through the primary. */
  hellos?: HelloRegistry;
  /** Start the admin listener in this process (one-process mode). Default: true. */
  admin?: boolean;
  /** Secret the session ticket keys derive from; every worker of a cluster gets the same one. Random by default. */
  ticketSecret?: Buffer;
}

/** How long shutdown waits for requests in flight before it cuts the remaining connections (the process exits within 10 s). */
export const SHUTDOWN_GRACE_MS = 8_000;
const KNOWN_OFFERED = new Set(['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);

/** Names the built-in development certificate covers: localhost, loopback, PUBLIC_HOSTNAME and their probe names. */
export function devCertificateNames(config: Config): string[] {
  const bases = ['localhost', ...(config.publicHostname && config.publicHostname !== 'localhost' ? [config.publicHostname] : [])];
  const names = [...bases, '127.0.0.1', '::1'];
  if (config.probeHosts) for (const base of bases) for (const p of PROBE_POLICY_NAMES) names.push(probeHostname(config, p, base));
  return names;
}

export function certificateFor(config: Config, logger: Logger): CertificateMaterial {
  if (config.tlsCertFile && config.tlsKeyFile) return loadCertificate(config.tlsCertFile, config.tlsKeyFile);
  const dev = ensureDevCertificates(config.certsDir, devCertificateNames(config), config.devKeyType);
  logger.info(
    { event: 'dev-certificate', action: dev.action, ca: dev.caCert, cert: dev.cert },
    dev.action === 'reused' ? 'using the development certificate' : 'development certificate created',
  );
  return loadCertificate(dev.cert, dev.key);
}

/** Log what the certificate is, its days to expiry, and any warning about it (never key material). */
export function logCertificate(material: CertificateMaterial, config: Config, logger: Logger, event: string, message: string): void {
  const s = summarise(material);
  logger.info(
    { event, subject: s.subject, issuer: s.issuer, serial: s.serial, not_after: s.notAfter, days_left: s.daysLeft, chain_length: s.chainLength, cert_file: s.certFile },
    `${message}: ${s.subject}, serial ${s.serial}, expires in ${s.daysLeft} days`,
  );
  for (const warning of certificateWarnings(material, keyFileMode(material.keyFile), { dev: !config.tlsCertFile })) {
    logger.warn({ event: 'certificate-warning', cert_file: s.certFile }, warning);
  }
}

function createFastify(config: Config, logger: Logger, listener: string, serverFactory?: FastifyServerFactory): FastifyInstance {
  const { limits } = config;
  return Fastify({
    loggerInstance: logger.child({ listener }) as FastifyBaseLogger,
    // One access-log line per request is written by our own onResponse hook instead; errors by plugins/errors.ts.
    logController: new LogController({ disableRequestLogging: true }),
    // During a graceful shutdown, requests on connections already open are answered normally (with
    // Connection: close), not with 503: behind a TCP balancer the visitor would see the 503.
    return503OnClosing: false,
    // Limits (limits.ts sets the same on the HTTPS servers, which serverFactory creates).
    http: httpServerOptions(limits),
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    maxRequestsPerSocket: limits.maxRequestsPerSocket,
    bodyLimit: limits.bodyLimitBytes,
    clientErrorHandler: clientErrorHandler(logger.child({ listener }), limits, listener),
    frameworkErrors,
    // Ajv and fast-json-stringify only if a route ever declares a schema (none does): memory (server/schema-compilers.ts).
    schemaController: { compilersFactory: lazySchemaCompilers() },
    ...(serverFactory ? { serverFactory } : {}),
  }) as unknown as FastifyInstance;
}

export async function startServer(rawConfig: Config, logger: Logger, options: StartOptions = {}): Promise<RunningServer> {
  const settings = options.settings ?? loadSettings(rawConfig);
  const { config, policy } = settings;
  const certificate = certificateFor(config, logger);
  const tlsOptions = mainTlsOptions(policy, certificate);
  logCertificate(certificate, config, logger, 'certificate', 'certificate');
  const metrics = new Metrics();
  const ctx: AppContext = {
    config,
    certificate,
    site: settings.site,
    policy,
    publicHttpPort: config.httpPort,
    publicHttpsPort: config.publicHttpsPort ?? config.httpsPort,
    probePorts: {},
    hellos: options.hellos ?? new HelloStore(),
    counters: { refusedHandshakes: 0, refusedByPolicy: {} },
    metrics,
    closing: false,
  };

  const { limits } = config;
  let handler: Parameters<FastifyServerFactory>[0] | undefined;
  const servers = new Map<PolicyName, https.Server>();
  // Every TLS policy's server gets the same HTTP limits; its connections come from a front door, never listen().
  // Both listeners answer the hot requests in the fast lane first (server/fastlane.ts), then Fastify; most of
  // them straight off the socket (server/http1.ts), the rest after Node's HTTP parser.
  const assets = publicAssets();
  const lanes = {
    https: createFastLane({ ctx, listener: 'https', logger, assets }),
    http: createFastLane({ ctx, listener: 'http', logger, assets }),
  };
  const readers: Http1Reader[] = [];
  const readConnections = (server: http.Server, event: 'connection' | 'secureConnection', lane: FastLane) => {
    readers.push(installHttp1Reader(server, event, { lane, ctx, limits, onHandOver: trackRequestLines }));
    resetRequestLines(server);
  };
  const httpsServer = (tls: https.ServerOptions, h: Parameters<FastifyServerFactory>[0]): https.Server => {
    const server = https.createServer({ ...tls, ...httpServerOptions(limits), handshakeTimeout: limits.handshakeTimeoutMs }, h);
    applyServerLimits(server, limits);
    readConnections(server, 'secureConnection', lanes.https);
    startTimeoutChecks(server);
    return server;
  };
  const httpsApp = createFastify(config, logger, 'https', (h) => {
    handler = withFastLane({ ctx, listener: 'https', logger, assets }, h, lanes.https);
    const main = httpsServer(tlsOptions, handler);
    servers.set('main', main);
    return main;
  });
  const httpApp = createFastify(config, logger, 'http');
  installFastLane(httpApp.server, { ctx, listener: 'http', logger, assets }, lanes.http);
  const routes = { http: [] as RouteRecord[], https: [] as RouteRecord[] };
  for (const [name, instance] of [['https', httpsApp], ['http', httpApp]] as const) {
    instance.addHook('onSend', (_request, reply, payload, done) => {
      if (ctx.closing) reply.header('connection', 'close');
      done(null, payload);
    });
    instance.addHook('onResponse', (request, reply, done) => {
      metrics.inc('httpRequests', { listener: name, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) });
      logAccess(request.log as unknown as Logger, 'info', name, request, reply.statusCode, reply.elapsedTime);
      done();
    });
    await instance.register(app, { listener: name, ctx, routes: routes[name] });
  }
  await httpsApp.ready();
  // The probe policies share the app (one route table); each has its own TLS server with its own policy.
  const probeClientError = clientErrorHandler(logger.child({ listener: 'https' }), limits, 'https');
  for (const name of PROBE_POLICY_NAMES) {
    const server = httpsServer(probeTlsOptions(name, certificate), handler as Parameters<FastifyServerFactory>[0]);
    server.on('clientError', probeClientError);
    servers.set(name, server);
  }

  const tickets = startTicketKeyRotation(servers, { secret: options.ticketSecret });
  for (const [policy, server] of servers) {
    // One prepared counter per version and suite negotiated (a handful: the policy's): no label key built per handshake.
    const handshakeCounters = new Map<string, () => void>();
    server.on('secureConnection', (socket: TLSSocket) => {
      const version = socket.getProtocol() ?? 'unknown';
      const cipher = socket.getCipher()?.standardName ?? 'unknown';
      const key = `${version} ${cipher}`;
      let count = handshakeCounters.get(key);
      if (!count) handshakeCounters.set(key, (count = metrics.counter('handshakes', { policy, version, cipher })));
      count();
    });
    server.on('tlsClientError', (err: NodeJS.ErrnoException, socket: TLSSocket) => {
      ctx.counters.refusedHandshakes++;
      ctx.counters.refusedByPolicy[policy] = (ctx.counters.refusedByPolicy[policy] ?? 0) + 1;
      const facts = connectionFacts(socket);
      const offered = facts?.hello?.highest_version;
      metrics.inc('refused', { policy, offered: offered && KNOWN_OFFERED.has(offered) ? offered : 'unknown' });
      logger.info(
        {
          event: 'tls-refused',
          policy,
          code: err.code ?? 'unknown',
          offered_versions: facts?.hello?.supported_versions ?? null,
          sni: facts?.hello?.sni ? clip(facts.hello.sni, 100) : null,
          remote: socket.remoteAddress,
        },
        'TLS handshake refused',
      );
    });
  }
  const serverOf = (policy: PolicyName) => servers.get(policy) as https.Server;
  const mainRoute: Route = { server: serverOf('main'), facts: { policy: 'main', routedBy: 'default' } };
  const sniRoutes = new Map<string, ProbePolicyName>(PROBE_POLICY_NAMES.map((p) => [`${config.probeHostPrefix}${p}`, p]));
  const routeBySni = (hello: ClientHello | null): Route => {
    const sni = hello?.skim?.sni?.toLowerCase();
    if (!config.probeHosts || !sni) return mainRoute;
    const dot = sni.indexOf('.');
    const policy = dot > 0 ? sniRoutes.get(sni.slice(0, dot)) : undefined;
    return policy ? { server: serverOf(policy), facts: { policy, routedBy: 'sni' } } : mainRoute;
  };
  const frontDoorFor = (route: (hello: ClientHello | null) => Route, listener: string) => {
    const door = createFrontDoor({
      route,
      testPageUrl: (host) => testPageUrl(ctx, host ?? config.publicHostname ?? 'localhost'),
      helloTimeoutMs: limits.handshakeTimeoutMs,
      logger,
    });
    limitConnections(door, limits.maxConnections, logger, listener);
    return door;
  };

  const listening: net.Server[] = [];
  const doorSockets = new Set<net.Socket>();
  const closeListening = () => Promise.all(listening.map((l) => new Promise<void>((r) => l.close(() => r()))));
  const listenOn = async (server: net.Server, port: number): Promise<number> => {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port, host: config.host }, () => {
        server.off('error', reject);
        resolve();
      });
    });
    listening.push(server);
    server.on('connection', (socket: net.Socket) => {
      doorSockets.add(socket);
      socket.once('close', () => doorSockets.delete(socket));
    });
    return (server.address() as AddressInfo).port;
  };
  let httpsPort: number;
  const probePorts: Partial<Record<ProbePolicyName, number>> = {};
  let httpPort: number;
  try {
    httpsPort = await listenOn(frontDoorFor(routeBySni, 'https'), config.httpsPort);
    for (const [policy, port] of Object.entries(config.probePorts) as Array<[ProbePolicyName, number]>) {
      const route: Route = { server: serverOf(policy), facts: { policy, routedBy: 'port' } };
      probePorts[policy] = await listenOn(frontDoorFor(() => route, `https-${policy}`), port);
    }
    limitConnections(httpApp.server, limits.maxConnections, logger, 'http');
    readConnections(httpApp.server, 'connection', lanes.http);
    await httpApp.listen({ port: config.httpPort, host: config.host });
    httpPort = (httpApp.server.address() as AddressInfo).port;
  } catch (err) {
    tickets.stop();
    await closeListening();
    throw err;
  }
  let admin: AdminServer | null = null;
  ctx.publicHttpPort = config.httpPort === 0 ? httpPort : config.httpPort;
  ctx.publicHttpsPort = config.publicHttpsPort ?? httpsPort;
  ctx.probePorts = probePorts;

  const reloadCertificate = (reason: string): boolean => {
    let next: CertificateMaterial;
    const contexts = new Map<https.Server, ReturnType<typeof mainTlsOptions>>();
    try {
      next = loadCertificate(ctx.certificate.certFile, ctx.certificate.keyFile);
      // Build every policy's options first: either all servers switch or none does.
      for (const [name, server] of servers) contexts.set(server, name === 'main' ? mainTlsOptions(policy, next) : probeTlsOptions(name, next));
    } catch (err) {
      metrics.inc('certReloads', { result: 'error' });
      logger.error(
        { event: 'certificate-reload-failed', reason, cert_file: ctx.certificate.certFile, key_file: ctx.certificate.keyFile, kept_serial: ctx.certificate.leaf.serialNumber },
        `certificate reload failed, still serving the previous certificate: ${(err as Error).message}`,
      );
      return false;
    }
    for (const [server, opts] of contexts) server.setSecureContext(opts);
    // A new secure context comes with new random ticket keys: give every policy its derived keys again.
    tickets.reapply();
    const changed = next.leaf.fingerprint256 !== ctx.certificate.leaf.fingerprint256;
    ctx.certificate = next;
    metrics.inc('certReloads', { result: 'ok' });
    logCertificate(next, config, logger, 'certificate-reloaded', changed ? `certificate reloaded (${reason})` : `certificate reloaded, unchanged (${reason})`);
    return true;
  };
  const watch: FileWatch | null =
    config.certWatchIntervalMs > 0
      ? watchFiles([certificate.certFile, certificate.keyFile], config.certWatchIntervalMs, () => reloadCertificate('file changed'))
      : null;

  const metricsSnapshot = (): MetricsSnapshot => {
    const notAfter = Date.parse(ctx.certificate.leaf.validTo);
    metrics.set('certNotAfter', {}, Math.floor(notAfter / 1000));
    metrics.set('certDays', {}, summarise(ctx.certificate).daysLeft);
    metrics.set('workers', {}, 1);
    return metrics.snapshot();
  };
  const status = (): ServerStatus => ({
    pid: process.pid,
    policy,
    certificate: summarise(ctx.certificate),
    site: { source: ctx.site.source, organisation: ctx.site.organisation, product: ctx.site.product },
  });

  if (options.admin !== false && config.adminPort !== null) {
    try {
      admin = await startAdminServer(config.adminHost, config.adminPort, { metrics: async () => metricsSnapshot(), status: async () => status() }, logger);
    } catch (err) {
      watch?.close();
      tickets.stop();
      await closeListening();
      await httpApp.close();
      throw err;
    }
  }

  logger.info(
    {
      event: 'listening',
      http_port: httpPort,
      https_port: httpsPort,
      probe_ports: probePorts,
      admin_port: admin?.port ?? null,
      tls_policy: policy.preset,
      tls_min_version: policy.minVersion,
      tls_max_version: policy.maxVersion,
    },
    `tlstest listening: test page http://localhost:${httpPort}/, secure listener https://localhost:${httpsPort}/`,
  );

  let closed: Promise<void> | null = null;
  const close = async (graceMs = SHUTDOWN_GRACE_MS): Promise<void> => {
    ctx.closing = true;
    watch?.close();
    tickets.stop();
    // Stop accepting: the front doors' close callbacks fire once every connection they accepted has ended.
    const doorsDone = closeListening();
    // The TLS policies' servers never listened: close() stops their timeout checks and closes idle connections.
    for (const server of servers.values()) server.close();
    // Fastify stops the HTTP listener and waits for its requests in flight.
    const httpDone = httpApp.close();
    const sweep = () => {
      for (const server of servers.values()) server.closeIdleConnections();
      httpApp.server.closeIdleConnections();
      for (const reader of readers) reader.closeIdle();
    };
    sweep();
    // Keep-alive connections become idle when their last request ends: close them as they do.
    const sweeper = setInterval(sweep, 50);
    const force = setTimeout(() => {
      logger.warn({ event: 'shutdown-forced', open_connections: doorSockets.size }, 'requests still open after the grace period: closing them');
      for (const server of servers.values()) server.closeAllConnections();
      httpApp.server.closeAllConnections();
      for (const reader of readers) reader.destroyAll();
      for (const socket of doorSockets) socket.destroy();
    }, graceMs);
    try {
      await Promise.all([doorsDone, httpDone]);
    } finally {
      clearInterval(sweeper);
      clearTimeout(force);
    }
    await httpsApp.close();
    await admin?.close();
  };

  return {
    ctx,
    httpApp,
    httpsApp,
    httpPort,
    httpsPort,
    adminPort: admin?.port ?? null,
    routes,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    httpsUrl: `https://localhost:${httpsPort}`,
    reloadCertificate,
    metricsSnapshot,
    status,
    tickets,
    http1Stats: () => ({
      answered: readers.reduce((n, r) => n + r.stats.answered, 0),
      handedOver: readers.reduce((n, r) => n + r.stats.handedOver, 0),
      open: readers.reduce((n, r) => n + r.open, 0),
    }),
    close(graceMs?: number) {
      closed ??= close(graceMs);
      return closed;
    },
  };
}
