/**
 * Starting and stopping tlstest: certificate material, the two Fastify apps, the HTTPS front door and the
 * plain-HTTP listener. index.ts wraps this for the command line; tests call it with port 0.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyServerFactory } from 'fastify';
import app from './app.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { testPageUrl } from './context.js';
import { clip, type Logger } from './logger.js';
import { ensureDevCertificates } from './tls/devcerts.js';
import { createFrontDoor } from './tls/frontdoor.js';
import { loadCertificate, mainTlsOptions, type CertificateMaterial } from './tls/policy.js';

export interface RunningServer {
  ctx: AppContext;
  httpApp: FastifyInstance;
  httpsApp: FastifyInstance;
  httpPort: number;
  httpsPort: number;
  /** Convenience URLs on loopback. */
  httpUrl: string;
  httpsUrl: string;
  close(): Promise<void>;
}

export const HANDSHAKE_TIMEOUT_MS = 10_000;

/** Names the built-in development certificate covers. */
export function devCertificateNames(config: Config): string[] {
  const names = ['localhost', '127.0.0.1', '::1'];
  if (config.publicHostname && !names.includes(config.publicHostname)) names.push(config.publicHostname);
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

function listenHost(config: Config): string {
  return config.host;
}

function createFastify(logger: Logger, listener: string, serverFactory?: FastifyServerFactory): FastifyInstance {
  return Fastify({
    loggerInstance: logger.child({ listener }) as FastifyBaseLogger,
    // One access-log line per request is written by our own onResponse hook instead.
    logController: new LogController({ disableRequestLogging: true }),
    ...(serverFactory ? { serverFactory } : {}),
  }) as unknown as FastifyInstance;
}

export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const certificate = certificateFor(config, logger);
  const tlsOptions = mainTlsOptions(config, certificate);
  const ctx: AppContext = {
    config,
    certificate,
    publicHttpPort: config.httpPort,
    publicHttpsPort: config.publicHttpsPort ?? config.httpsPort,
    counters: { refusedHandshakes: 0 },
  };

  let mainHttps: https.Server | undefined;
  const httpsApp = createFastify(logger, 'https', (handler) => {
    mainHttps = https.createServer({ ...tlsOptions, handshakeTimeout: HANDSHAKE_TIMEOUT_MS }, handler);
    return mainHttps;
  });
  const httpApp = createFastify(logger, 'http');
  for (const [name, instance] of [['https', httpsApp], ['http', httpApp]] as const) {
    instance.addHook('onResponse', async (request, reply) => {
      request.log.info(
        {
          event: 'request',
          method: request.method,
          url: clip(request.url, 200),
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime),
          ua: clip(request.headers['user-agent'], 200),
        },
        `${name} request`,
      );
    });
    await instance.register(app, { listener: name, ctx });
  }
  await httpsApp.ready();
  const server = mainHttps as https.Server;

  server.on('tlsClientError', (err: NodeJS.ErrnoException, socket: TLSSocket) => {
    ctx.counters.refusedHandshakes++;
    logger.info(
      { event: 'tls-refused', code: err.code ?? 'unknown', remote: socket.remoteAddress },
      'TLS handshake refused',
    );
  });

  const frontDoor = createFrontDoor({
    route: () => server,
    testPageUrl: (host) => testPageUrl(ctx, host ?? config.publicHostname ?? 'localhost'),
    firstBytesTimeoutMs: HANDSHAKE_TIMEOUT_MS,
    logger,
  });
  await new Promise<void>((resolve, reject) => {
    frontDoor.once('error', reject);
    frontDoor.listen({ port: config.httpsPort, host: listenHost(config) }, () => {
      frontDoor.off('error', reject);
      resolve();
    });
  });
  const httpsPort = (frontDoor.address() as AddressInfo).port;
  try {
    await httpApp.listen({ port: config.httpPort, host: listenHost(config) });
  } catch (err) {
    frontDoor.close();
    throw err;
  }
  const httpPort = (httpApp.server.address() as AddressInfo).port;
  ctx.publicHttpPort = config.httpPort === 0 ? httpPort : config.httpPort;
  ctx.publicHttpsPort = config.publicHttpsPort ?? httpsPort;

  logger.info(
    { event: 'listening', http_port: httpPort, https_port: httpsPort, tls_min_version: config.tlsMinVersion },
    `tlstest listening: test page http://localhost:${httpPort}/, secure listener https://localhost:${httpsPort}/`,
  );

  return {
    ctx,
    httpApp,
    httpsApp,
    httpPort,
    httpsPort,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    httpsUrl: `https://localhost:${httpsPort}`,
    async close() {
      await new Promise<void>((resolve) => frontDoor.close(() => resolve()));
      server.closeAllConnections();
      await Promise.all([httpApp.close(), httpsApp.close()]);
    },
  };
}
