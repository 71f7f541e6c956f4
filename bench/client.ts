/**
 * The new-connection load generator as a process of its own (so that it can be pinned to a CPU apart from the
 * server): options as JSON in argv[2] (`ca` as a file name), the result as JSON on stdout.
 */
import fs from 'node:fs';
import { runNewConnections, type NewConnOptions } from './lib/newconn.js';

const raw = JSON.parse(process.argv[2] ?? '{}') as Omit<NewConnOptions, 'ca'> & { caFile?: string };
const { caFile, ...rest } = raw;
const result = await runNewConnections({ ...rest, ...(caFile ? { ca: fs.readFileSync(caFile) } : {}) });
process.stdout.write(`${JSON.stringify(result)}\n`);
