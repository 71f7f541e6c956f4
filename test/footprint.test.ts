/**
 * What a server process holds in memory without needing it (issue 9: idle RSS per process). A real process (the
 * command line, through tsx) records every module it loads (test/fixtures/module-recorder.mjs) while it starts
 * and serves a page and a probe: no development dependency may be among them, nor the packages tlstest loads on
 * first use only (the YAML parser, Fastify's schema compilers with Ajv). Those still work when the use comes.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';
import { lazySchemaCompilers, SCHEMA_COMPILER_PACKAGES } from '../server/schema-compilers.js';
import { startCli } from './helpers/cli.js';
import { fetchTls } from './helpers/clients.js';

const RECORDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'module-recorder.mjs');
const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
/** Development dependencies a server could load by mistake (tsx runs the test's process itself; @types has no code). */
const DEV_ONLY = Object.keys(pkg.devDependencies).filter((name) => name !== 'tsx' && !name.startsWith('@types/'));
/** Loaded on first use only. */
const ON_DEMAND = ['yaml', 'ajv', ...SCHEMA_COMPILER_PACKAGES];

/** The npm package a module URL belongs to (the last node_modules/ in its path), or null for the project's own. */
function packageOf(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  const rest = fileURLToPath(url).split(`${path.sep}node_modules${path.sep}`).slice(1).pop();
  if (!rest) return null;
  const parts = rest.split(path.sep);
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? null);
}

function getPage(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/', headers: { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0' } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

/** Start the server with the recorder, load the test page and a probe, stop it; the packages it loaded and the page. */
async function packagesLoaded(env: Record<string, string> = {}): Promise<{ loaded: Set<string>; page: string }> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-footprint-')), 'modules.json');
  const cli = startCli({ ADMIN_PORT: 'off', TLSTEST_MODULES_OUT: out, NODE_OPTIONS: `--import=${pathToFileURL(RECORDER).href}`, ...env });
  try {
    const listening = await cli.waitForLog('listening');
    const page = await getPage(listening.http_port as number);
    expect(page.status).toBe(200);
    expect((await fetchTls({ httpsPort: listening.https_port as number }, '/probe.gif?id=footprint1&r=1')).status).toBe(200);
    cli.child.kill('SIGTERM');
    expect((await cli.exited).code).toBe(0);
    const urls = JSON.parse(fs.readFileSync(out, 'utf8')) as string[];
    return { loaded: new Set(urls.map(packageOf).filter((p): p is string => p !== null)), page: page.body };
  } finally {
    cli.kill();
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

describe('start-up footprint', () => {
  it('a server loads no development dependency, nor the YAML parser or the schema compilers it does not use', async () => {
    const { loaded } = await packagesLoaded();
    // The recorder sees what is loaded (the first is imported as ESM, the others are required by CommonJS).
    expect(loaded).toContain('fastify');
    expect(loaded).toContain('pino');
    expect(loaded).toContain('ua-parser-js');
    expect([...loaded].filter((p) => DEV_ONLY.includes(p))).toEqual([]);
    expect([...loaded].filter((p) => ON_DEMAND.includes(p))).toEqual([]);
  }, 60_000);

  it('loads the YAML parser when the site file is YAML, and applies the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-footprint-site-'));
    try {
      const site = path.join(dir, 'site.yaml');
      fs.writeFileSync(site, 'organisation: Example Bank\nsupport:\n  phone: "+44 20 7946 0000"\n');
      const { loaded, page } = await packagesLoaded({ TLSTEST_CONFIG: site });
      expect(loaded).toContain('yaml');
      expect(page).toContain('Example Bank');
      expect([...loaded].filter((p) => ON_DEMAND.includes(p) && p !== 'yaml')).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('schema compilers loaded on first use', () => {
  it('validate the query string and headers and serialize the response as Fastify does', async () => {
    const app = Fastify({ schemaController: { compilersFactory: lazySchemaCompilers() } });
    app.get(
      '/n',
      {
        schema: {
          querystring: { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] },
          headers: { type: 'object', properties: { 'x-token': { type: 'string', minLength: 3 } }, required: ['x-token'] },
          response: { 200: { type: 'object', properties: { n: { type: 'integer' } } } },
        },
      },
      async (request) => ({ n: (request.query as { n: number }).n, secret: 'not in the schema' }),
    );
    try {
      const ok = await app.inject({ url: '/n?n=5', headers: { 'x-token': 'abc' } });
      expect(ok.statusCode).toBe(200);
      // Coerced to an integer by Ajv, and only the schema's properties written by fast-json-stringify.
      expect(ok.body).toBe('{"n":5}');
      expect((await app.inject({ url: '/n?n=five', headers: { 'x-token': 'abc' } })).statusCode).toBe(400);
      expect((await app.inject({ url: '/n', headers: { 'x-token': 'abc' } })).statusCode).toBe(400);
      expect((await app.inject({ url: '/n?n=5', headers: { 'x-token': 'ab' } })).statusCode).toBe(400);
      expect((await app.inject({ url: '/n?n=5' })).statusCode).toBe(400);
    } finally {
      await app.close();
    }
  });
});
