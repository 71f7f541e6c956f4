import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { compactSource } from '../compact.js';
import { PROJECT_ROOT } from '../config.js';

const PUBLIC = path.join(PROJECT_ROOT, 'public');
const TYPES: Record<string, string> = { '.js': 'application/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * Same-origin static assets (stylesheet, client script) under /static/ on both listeners. The page's own scripts
 * and stylesheets are served compacted (server/compact.ts: comment lines and indentation removed), read once at
 * start; anything else in public/ is served as it is.
 */
export default async function staticFiles(app: FastifyInstance): Promise<void> {
  for (const file of fs.readdirSync(PUBLIC)) {
    const type = TYPES[path.extname(file)];
    if (!type) continue;
    const body = compactSource(fs.readFileSync(path.join(PUBLIC, file), 'utf8'));
    app.get(`/static/${file}`, async (_request, reply) => reply.type(type).header('cache-control', 'public, max-age=3600').send(body));
  }
  await app.register(fastifyStatic, {
    root: PUBLIC,
    prefix: '/static/',
    index: false,
    list: false,
    dotfiles: 'deny',
    maxAge: '1h',
  });
}
