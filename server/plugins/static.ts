import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { assetAnswer, loadAssets, type Asset } from '../assets.js';
import { PROJECT_ROOT } from '../config.js';

export const PUBLIC_DIR = path.join(PROJECT_ROOT, 'public');

let loaded: Map<string, Asset> | null = null;

/** The files of public/ in memory, read once per process (at start, when the first listener registers this). */
export function publicAssets(): Map<string, Asset> {
  loaded ??= loadAssets(PUBLIC_DIR, '/static/');
  return loaded;
}

/**
 * Same-origin static assets (stylesheet, client script) under /static/ on both listeners: the files of public/
 * from memory with ETag and Last-Modified (the fast lane in server/fastlane.ts answers the same bytes before
 * Fastify on real connections); @fastify/static only for anything that was not there at start.
 */
export default async function staticFiles(app: FastifyInstance): Promise<void> {
  for (const asset of publicAssets().values()) {
    app.get(asset.urlPath, async (request, reply) => {
      const h = request.headers;
      const answer = assetAnswer(asset, h['if-none-match'], h['if-modified-since']);
      return reply.code(answer.status).headers(answer.headers).send(answer.body ?? undefined);
    });
  }
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/static/',
    index: false,
    list: false,
    dotfiles: 'deny',
    maxAge: '1h',
  });
}
