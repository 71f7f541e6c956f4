/**
 * Command-line entry point: configuration from the environment and the site file (TLSTEST_CONFIG), then start;
 * one-line errors, non-zero exit (2 for configuration). WORKERS > 1 runs a cluster (server/cluster.ts), else
 * one process. SIGTERM/SIGINT stop gracefully (exit 0 within 10 s), SIGHUP reloads the certificate.
 */
import cluster from 'node:cluster';
import { describeStartError, runPrimary, runWorker, SHUTDOWN_DEADLINE_MS } from './cluster.js';
import { ConfigError, parseConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { certificateFor, SHUTDOWN_GRACE_MS, startServer, type RunningServer } from './server.js';
import { loadSettings, type Settings } from './settings.js';
import { CertificateError } from './tls/policy.js';

function configurationError(err: unknown): never {
  if (err instanceof ConfigError) {
    process.stderr.write(`tlstest: configuration error: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}

function cannotStart(logger: Logger, err: unknown): never {
  const message = describeStartError(err);
  logger.fatal({ event: 'start-failed', code: (err as NodeJS.ErrnoException).code }, message);
  process.stderr.write(`tlstest: cannot start: ${message}\n`);
  // A certificate that cannot be used is a configuration problem, like a bad setting: exit 2.
  process.exit(err instanceof CertificateError ? 2 : 1);
}

/** Stop on SIGTERM/SIGINT with `stop`, exiting 0 when it finishes and 1 if it has not within the deadline. */
function onStopSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'shutdown', signal }, 'shutting down: no new connections, finishing requests in flight');
    setTimeout(() => {
      logger.error({ event: 'shutdown-timeout' }, 'shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    stop().then(
      () => {
        logger.info({ event: 'stopped' }, 'stopped');
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => handler('SIGTERM'));
  process.on('SIGINT', () => handler('SIGINT'));
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    configurationError(err);
  }
  if (cluster.isWorker) {
    const logger = createLogger(config.logLevel).child({ worker: cluster.worker?.id });
    await runWorker(config, logger);
    return;
  }
  let settings: Settings;
  try {
    settings = loadSettings(config);
  } catch (err) {
    configurationError(err);
  }
  const logger = createLogger(config.logLevel);

  if (config.workers > 1) {
    // Check the certificate once here (and create the development one), so that workers do not race to.
    try {
      certificateFor(settings.config, logger);
    } catch (err) {
      cannotStart(logger, err);
    }
    logger.info({ event: 'cluster-start', workers: config.workers }, `starting ${config.workers} workers`);
    let primary: { stop(): Promise<void> } | undefined;
    onStopSignals(logger, () => primary?.stop() ?? Promise.resolve());
    try {
      primary = await runPrimary(config, settings, logger);
    } catch (err) {
      cannotStart(logger, err);
    }
    return;
  }

  let running: RunningServer | undefined;
  // Installed before the start: SIGHUP's default action would end the process.
  process.on('SIGHUP', () => running?.reloadCertificate('SIGHUP'));
  try {
    running = await startServer(config, logger, { settings });
    const started = running;
    onStopSignals(logger, () => started.close(SHUTDOWN_GRACE_MS));
  } catch (err) {
    if (err instanceof ConfigError) configurationError(err);
    cannotStart(logger, err);
  }
}

void main();
