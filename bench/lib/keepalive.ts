/**
 * Keep-alive load: many requests over a few long-lived connections (one TLS handshake each), the cost of a
 * visitor's repeated requests once connected. wrk when installed (C, cheap on the client side); otherwise a small
 * Node client of our own (costs more client CPU, so its requests/s and latencies are lower bounds).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import { percentile } from './newconn.js';

export interface KeepAliveOptions {
  url: string;
  headers: Record<string, string>;
  connections: number;
  durationMs: number;
  /** CPUs for the load generator (taskset), or null. */
  cpus: string | null;
}

export interface KeepAliveResult {
  tool: 'wrk' | 'node';
  requests: number;
  errors: number;
  non2xx: number;
  rps: number;
  p50: number;
  p99: number;
}

export const WRK_CANDIDATES = ['/usr/bin/wrk', '/usr/local/bin/wrk'];

export function findWrk(): string | null {
  return WRK_CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

/** "1.23ms" / "456.00us" / "1.02s" -> milliseconds. */
export function wrkDurationMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) return NaN;
  const v = Number(m[1]);
  return m[2] === 'us' ? v / 1000 : m[2] === 'ms' ? v : m[2] === 's' ? v * 1000 : v * 60_000;
}

/** The figures of `wrk --latency` output. */
export function parseWrk(output: string): Omit<KeepAliveResult, 'tool'> {
  const requests = Number(/(\d+) requests in /.exec(output)?.[1] ?? NaN);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN);
  const p50 = wrkDurationMs(/^\s+50%\s+(\S+)/m.exec(output)?.[1] ?? '');
  const p99 = wrkDurationMs(/^\s+99%\s+(\S+)/m.exec(output)?.[1] ?? '');
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  const e = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const errors = e ? Number(e[1]) + Number(e[2]) + Number(e[3]) + Number(e[4]) : 0;
  return { requests, rps, p50, p99, non2xx, errors };
}

function runWrk(wrk: string, opts: KeepAliveOptions): Promise<KeepAliveResult> {
  const args = ['-t1', `-c${opts.connections}`, `-d${Math.max(1, Math.round(opts.durationMs / 1000))}s`, '--latency'];
  for (const [k, v] of Object.entries(opts.headers)) args.push('-H', `${k}: ${v}`);
  args.push(opts.url);
  const [file, argv] = opts.cpus ? ['taskset', ['-c', opts.cpus, wrk, ...args]] : [wrk, args];
  return new Promise((resolve, reject) => {
    execFile(file, argv, { timeout: opts.durationMs + 30_000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`wrk failed: ${stderr || err.message}`));
      resolve({ tool: 'wrk', ...parseWrk(stdout) });
    });
  });
}

/** Fallback client: `connections` sockets, each sending the next request when the previous answer is complete. */
async function runNode(opts: KeepAliveOptions): Promise<KeepAliveResult> {
  const url = new URL(opts.url);
  const secure = url.protocol === 'https:';
  const port = Number(url.port || (secure ? 443 : 80));
  const hostHeader = opts.headers.Host ?? opts.headers.host ?? url.host;
  const extra = Object.entries(opts.headers)
    .filter(([k]) => k.toLowerCase() !== 'host')
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  const request = Buffer.from(`GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${hostHeader}\r\n${extra}\r\n`);
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const start = performance.now();
  const deadline = start + opts.durationMs;
  const one = () =>
    new Promise<void>((resolve) => {
      const socket: net.Socket = secure
        ? tls.connect({ host: url.hostname, port, servername: 'localhost', rejectUnauthorized: false })
        : net.connect({ host: url.hostname, port });
      let buf: Buffer = Buffer.alloc(0);
      let sent = 0;
      const send = () => {
        if (performance.now() >= deadline) {
          socket.destroy();
          resolve();
          return;
        }
        sent = performance.now();
        socket.write(request);
      };
      socket.on(secure ? 'secureConnect' : 'connect', send);
      socket.on('error', () => {
        errors++;
        resolve();
      });
      socket.on('data', (chunk: Buffer) => {
        buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
        for (;;) {
          const end = buf.indexOf('\r\n\r\n');
          if (end < 0) return;
          const head = buf.toString('latin1', 0, end);
          const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
          if (buf.length < end + 4 + length) return;
          if (!/^HTTP\/1\.1 2\d\d/.test(head)) non2xx++;
          latencies.push(performance.now() - sent);
          buf = buf.subarray(end + 4 + length);
          send();
        }
      });
    });
  await Promise.all(Array.from({ length: opts.connections }, one));
  const elapsed = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return {
    tool: 'node',
    requests: latencies.length,
    errors,
    non2xx,
    rps: latencies.length / (elapsed / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

export function runKeepAlive(opts: KeepAliveOptions): Promise<KeepAliveResult> {
  const wrk = findWrk();
  return wrk ? runWrk(wrk, opts) : runNode(opts);
}
