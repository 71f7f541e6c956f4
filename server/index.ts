/** Command-line entry point: configuration from the environment, then start; one-line errors, non-zero exit. */
import { ConfigError, parseConfig } from './config.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';
import { CertificateError } from './tls/policy.js';

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`tlstest: configuration error: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  try {
    const running = await startServer(config, logger);
    const stop = (signal: string) => {
      logger.info({ event: 'shutdown', signal }, 'shutting down');
      running.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const message =
      err instanceof CertificateError
        ? err.message
        : e.code === 'EADDRINUSE'
          ? `a port is already in use (${e.message.replace(/^.*EADDRINUSE: /, '')}); set HTTP_PORT / HTTPS_PORT`
          : e.code === 'EACCES'
            ? `no permission to listen (${e.message}); ports below 1024 need root or CAP_NET_BIND_SERVICE`
            : e.message;
    logger.fatal({ event: 'start-failed', code: e.code }, message);
    process.stderr.write(`tlstest: cannot start: ${message}\n`);
    process.exit(1);
  }
}

void main();
