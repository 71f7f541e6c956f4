/**
 * Starting and stopping tlstest: certificate material, the two Fastify apps, the HTTPS front door and the
 * plain-HTTP listener. index.ts wraps this for the command line; tests call it with port 0.
 */
import https from 'node:https';
import type net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyServerFactory } from 'fastify';
import app from './app.js';
import { PROBE_POLICY_NAMES, type Config, type ProbePolicyName } from './config.js';
import type { AppContext } from './context.js';
import { testPageUrl } from './context.js';
import { applyServerLimits, clientErrorHandler, httpServerOptions, limitConnections, startTimeoutChecks, watchConnections } from './limits.js';
import { clip, logAccess, type Logger } from './logger.js';
import { installFastLane, withFastLane } from './fastlane.js';
import { publicAssets } from './plugins/static.js';
import { ensureDevCertificates } from './tls/devcerts.js';
import type { ClientHelloFacts } from './tls/clienthello.js';
import { probeHostname } from './probes.js';
import { frameworkErrors, type RouteRecord } from './plugins/errors.js';
import { HelloStore } from './visits.js';
import { connectionFacts } from './tls/connections.js';
import { createFrontDoor, type Route } from './tls/frontdoor.js';
import { startTicketKeyRotation, type TicketKeyRotation } from './tls/tickets.js';
import { loadCertificate, mainTlsOptions, probeTlsOptions, type CertificateMaterial, type PolicyName } from './tls/policy.js';

export interface RunningServer {
  ctx: AppContext;
  httpApp: FastifyInstance;
  httpsApp: FastifyInstance;
  httpPort: number;
  httpsPort: number;
  /** The routes each listener serves (method and pattern), as registered. */
  routes: { http: readonly RouteRecord[]; https: readonly RouteRecord[] };
  /** Convenience URLs on loopback. */
  httpUrl: string;
  httpsUrl: string;
  /** Session ticket keys of every TLS policy (server/tls/tickets.ts). */
  tickets: TicketKeyRotation;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Secret the session ticket keys derive from; give every worker the same one. Random by default. */
  ticketSecret?: Buffer;
}

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

function createFastify(config: Config, logger: Logger, listener: string, serverFactory?: FastifyServerFactory): FastifyInstance {
  const { limits } = config;
  return Fastify({
    loggerInstance: logger.child({ listener }) as FastifyBaseLogger,
    // One access-log line per request is written by our own onResponse hook instead; errors by plugins/errors.ts.
    logController: new LogController({ disableRequestLogging: true }),
    // Limits (limits.ts sets the same on the HTTPS servers, which serverFactory creates).
    http: httpServerOptions(limits),
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    maxRequestsPerSocket: limits.maxRequestsPerSocket,
    bodyLimit: limits.bodyLimitBytes,
    clientErrorHandler: clientErrorHandler(logger.child({ listener }), limits, listener),
    frameworkErrors,
    ...(serverFactory ? { serverFactory } : {}),
  }) as unknown as FastifyInstance;
}

export async function startServer(config: Config, logger: Logger, options: StartOptions = {}): Promise<RunningServer> {
  const certificate = certificateFor(config, logger);
  const tlsOptions = mainTlsOptions(config, certificate);
  const ctx: AppContext = {
    config,
    certificate,
    publicHttpPort: config.httpPort,
    publicHttpsPort: config.publicHttpsPort ?? config.httpsPort,
    probePorts: {},
    hellos: new HelloStore(),
    counters: { refusedHandshakes: 0, refusedByPolicy: {} },
  };

  const { limits } = config;
  let handler: Parameters<FastifyServerFactory>[0] | undefined;
  const servers = new Map<PolicyName, https.Server>();
  // Every TLS policy's server gets the same HTTP limits; its connections come from a front door, never listen().
  const httpsServer = (tls: https.ServerOptions, h: Parameters<FastifyServerFactory>[0]): https.Server => {
    const server = https.createServer({ ...tls, ...httpServerOptions(limits), handshakeTimeout: limits.handshakeTimeoutMs }, h);
    applyServerLimits(server, limits);
    watchConnections(server, 'secureConnection', limits);
    startTimeoutChecks(server);
    return server;
  };
  // Both listeners answer the hot requests in the fast lane first (server/fastlane.ts), then Fastify.
  const assets = publicAssets();
  const httpsApp = createFastify(config, logger, 'https', (h) => {
    handler = withFastLane({ ctx, listener: 'https', logger, assets }, h);
    const main = httpsServer(tlsOptions, handler);
    servers.set('main', main);
    return main;
  });
  const httpApp = createFastify(config, logger, 'http');
  installFastLane(httpApp.server, { ctx, listener: 'http', logger, assets });
  const routes = { http: [] as RouteRecord[], https: [] as RouteRecord[] };
  for (const [name, instance] of [['https', httpsApp], ['http', httpApp]] as const) {
    instance.addHook('onResponse', (request, reply, done) => {
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
    server.on('tlsClientError', (err: NodeJS.ErrnoException, socket: TLSSocket) => {
      ctx.counters.refusedHandshakes++;
      ctx.counters.refusedByPolicy[policy] = (ctx.counters.refusedByPolicy[policy] ?? 0) + 1;
      const facts = connectionFacts(socket);
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
  const routeBySni = (hello: ClientHelloFacts | null): Route => {
    const sni = hello?.sni?.toLowerCase();
    if (!config.probeHosts || !sni) return mainRoute;
    const dot = sni.indexOf('.');
    const policy = dot > 0 ? sniRoutes.get(sni.slice(0, dot)) : undefined;
    return policy ? { server: serverOf(policy), facts: { policy, routedBy: 'sni' } } : mainRoute;
  };
  const frontDoorFor = (route: (hello: ClientHelloFacts | null) => Route, listener: string) => {
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
    watchConnections(httpApp.server, 'connection', limits);
    await httpApp.listen({ port: config.httpPort, host: config.host });
    httpPort = (httpApp.server.address() as AddressInfo).port;
  } catch (err) {
    tickets.stop();
    await closeListening();
    throw err;
  }
  ctx.publicHttpPort = config.httpPort === 0 ? httpPort : config.httpPort;
  ctx.publicHttpsPort = config.publicHttpsPort ?? httpsPort;
  ctx.probePorts = probePorts;

  logger.info(
    { event: 'listening', http_port: httpPort, https_port: httpsPort, probe_ports: probePorts, tls_min_version: config.tlsMinVersion },
    `tlstest listening: test page http://localhost:${httpPort}/, secure listener https://localhost:${httpsPort}/`,
  );

  return {
    ctx,
    httpApp,
    httpsApp,
    httpPort,
    httpsPort,
    routes,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    httpsUrl: `https://localhost:${httpsPort}`,
    tickets,
    async close() {
      tickets.stop();
      await closeListening();
      for (const server of servers.values()) {
        server.close(); // stops the timeout checks (these servers never listened; nothing else to close)
        server.closeAllConnections();
      }
      await Promise.all([httpApp.close(), httpsApp.close()]);
    },
  };
}
