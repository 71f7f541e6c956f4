/**
 * The page's static assets (stylesheet, client script), read once at start, compacted, and served from memory:
 * never a disk read per request. Each carries a strong ETag (content hash) and Last-Modified, so that a returning browser
 * revalidates with a 304 instead of downloading again (old browsers send If-Modified-Since, newer ones
 * If-None-Match). The answer is a pure function of the asset and the request's conditional headers.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { compactSource } from './compact.js';

/** Text assets served compacted (comment lines and indentation removed; files on disk stay commented). */
const COMPACTED: ReadonlySet<string> = new Set(['.js', '.css']);

/** How long browsers may use an asset without asking again; the page itself is never cached. */
export const ASSET_CACHE_CONTROL = 'public, max-age=3600';

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.gif': 'image/gif',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Asset {
  /** URL path, e.g. /static/tlstest.js */
  urlPath: string;
  body: Buffer;
  contentType: string;
  /** Strong validator: a hash of the bytes, quoted. */
  etag: string;
  /** HTTP date of the file's modification time (whole seconds). */
  lastModified: string;
}

export interface AssetAnswer {
  status: 200 | 304;
  /** Header names in lower case; no security headers (the caller adds those). */
  headers: Record<string, string>;
  /** null for a 304. */
  body: Buffer | null;
}

/** Every regular, non-hidden file of a known type directly in `dir`, as /<prefix>/<name>. */
export function loadAssets(dir: string, prefix = '/static/'): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of fs.readdirSync(dir).sort()) {
    const type = TYPES[path.extname(name).toLowerCase()];
    if (!type || name.startsWith('.')) continue;
    const file = path.join(dir, name);
    const stat = fs.statSync(file);
    if (!stat.isFile()) continue;
    const raw = fs.readFileSync(file);
    // Our own scripts and stylesheets go out without comment lines and indentation (server/compact.ts).
    const body = COMPACTED.has(path.extname(name).toLowerCase()) ? Buffer.from(compactSource(raw.toString('utf8'))) : raw;
    const hash = crypto.createHash('sha256').update(body).digest('base64url').slice(0, 22);
    assets.set(`${prefix}${name}`, {
      urlPath: `${prefix}${name}`,
      body,
      contentType: type,
      etag: `"${hash}"`,
      lastModified: new Date(Math.floor(stat.mtimeMs / 1000) * 1000).toUTCString(),
    });
  }
  return assets;
}

/** Whether an If-None-Match value names this ETag (weak comparison, as RFC 9110 asks for GET; `*` matches). */
export function etagMatches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

/**
 * The answer to a GET or HEAD of `asset`: 304 when the browser's copy is current (If-None-Match takes precedence
 * over If-Modified-Since, RFC 9110 13.2.2), else 200 with the bytes.
 */
export function assetAnswer(asset: Asset, ifNoneMatch: string | undefined, ifModifiedSince: string | undefined): AssetAnswer {
  const validators = { etag: asset.etag, 'last-modified': asset.lastModified, 'cache-control': ASSET_CACHE_CONTROL };
  let notModified = false;
  if (ifNoneMatch !== undefined) notModified = etagMatches(ifNoneMatch, asset.etag);
  else if (ifModifiedSince !== undefined) {
    const since = Date.parse(ifModifiedSince);
    notModified = Number.isFinite(since) && since >= Date.parse(asset.lastModified);
  }
  if (notModified) return { status: 304, headers: validators, body: null };
  return {
    status: 200,
    headers: { 'content-type': asset.contentType, 'content-length': String(asset.body.length), ...validators },
    body: asset.body,
  };
}
