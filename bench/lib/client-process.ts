/** Run bench/client.ts in a child process (pinned with taskset when `cpus` is given) and read its result. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NewConnOptions, NewConnResult } from './newconn.js';

const CLIENT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'client.ts');

export function runNewConnProcess(opts: Omit<NewConnOptions, 'ca'> & { caFile?: string }, cpus: string | null): Promise<NewConnResult> {
  const args = ['--import', 'tsx', CLIENT, JSON.stringify(opts)];
  const [file, argv] = cpus ? ['taskset', ['-c', cpus, process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve, reject) => {
    execFile(file, argv, { timeout: opts.durationMs + 60_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`load client failed: ${stderr || err.message}`));
      // NaN (no latency, no start lag in closed loop) travels as null in JSON.
      resolve(JSON.parse(stdout.trim().split('\n').pop() as string, (_k, v: unknown) => (v === null ? NaN : v)) as NewConnResult);
    });
  });
}
