/** Test helpers: the captured ClientHello fixtures, and builders for hand-made hellos and records. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'clienthello');

export interface ManifestEntry {
  file: string;
  client: string;
  command: string;
  sni: string;
  bytes: number;
  captured: string;
}

export const MANIFEST: Record<string, ManifestEntry> = JSON.parse(
  readFileSync(join(FIXTURE_DIR, 'manifest.json'), 'utf8'),
) as Record<string, ManifestEntry>;

export const FIXTURE_NAMES = Object.keys(MANIFEST).sort();

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURE_DIR, `${name}.bin`));
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function u24(n: number): Buffer {
  const b = Buffer.alloc(3);
  b.writeUIntBE(n, 0, 3);
  return b;
}

/** <len16><data> */
export function vec16(data: Buffer): Buffer {
  return Buffer.concat([u16(data.length), data]);
}

/** <len8><data> */
export function vec8(data: Buffer): Buffer {
  return Buffer.concat([Buffer.from([data.length]), data]);
}

export function u16s(values: number[]): Buffer {
  return Buffer.concat(values.map(u16));
}

export function extension(type: number, data: Buffer): Buffer {
  return Buffer.concat([u16(type), vec16(data)]);
}

export function sniExtension(name: string | Buffer): Buffer {
  const host = typeof name === 'string' ? Buffer.from(name, 'latin1') : name;
  return extension(0, vec16(Buffer.concat([Buffer.from([0]), vec16(host)])));
}

export function supportedVersionsExtension(versions: number[]): Buffer {
  return extension(43, vec8(u16s(versions)));
}

export function groupsExtension(groups: number[]): Buffer {
  return extension(10, vec16(u16s(groups)));
}

export function sigalgsExtension(schemes: number[]): Buffer {
  return extension(13, vec16(u16s(schemes)));
}

export function alpnExtension(protocols: (string | Buffer)[]): Buffer {
  return extension(16, vec16(Buffer.concat(protocols.map((p) => vec8(typeof p === 'string' ? Buffer.from(p) : p)))));
}

export function keyShareExtension(groups: number[]): Buffer {
  return extension(51, vec16(Buffer.concat(groups.map((g) => Buffer.concat([u16(g), vec16(Buffer.alloc(32, 7))])))));
}

export interface HelloSpec {
  legacyVersion?: number;
  sessionId?: Buffer;
  suites?: number[];
  /** Raw cipher_suites vector body, overriding `suites`. */
  suitesRaw?: Buffer;
  compression?: number[];
  /** Extensions (already encoded); null = no extensions block at all. */
  extensions?: Buffer[] | null;
  /** Raw bytes appended after the extensions block. */
  trailing?: Buffer;
  handshakeType?: number;
}

/** ClientHello handshake body (no handshake header). */
export function helloBody(spec: HelloSpec = {}): Buffer {
  const parts = [
    u16(spec.legacyVersion ?? 0x0303),
    Buffer.alloc(32, 0x42),
    vec8(spec.sessionId ?? Buffer.alloc(0)),
    vec16(spec.suitesRaw ?? u16s(spec.suites ?? [0xc02f, 0x009c])),
    vec8(Buffer.from(spec.compression ?? [0])),
  ];
  if (spec.extensions !== null) parts.push(vec16(Buffer.concat(spec.extensions ?? [sniExtension('example.org')])));
  if (spec.trailing) parts.push(spec.trailing);
  return Buffer.concat(parts);
}

/** Handshake message: type, 24-bit length, body. */
export function handshake(body: Buffer, type = 1): Buffer {
  return Buffer.concat([Buffer.from([type]), u24(body.length), body]);
}

/** Wraps bytes in one handshake record (type 22). */
export function record(fragment: Buffer, version = 0x0301, type = 22): Buffer {
  return Buffer.concat([Buffer.from([type]), u16(version), u16(fragment.length), fragment]);
}

/** A complete single-record ClientHello. */
export function hello(spec: HelloSpec = {}, recordVersion = 0x0301): Buffer {
  return record(handshake(helloBody(spec), spec.handshakeType ?? 1), recordVersion);
}

/** The handshake message carried by the records of a captured hello (assumes well-formed input). */
export function handshakeOf(records: Buffer): Buffer {
  const out: Buffer[] = [];
  for (let pos = 0; pos + 5 <= records.length; ) {
    const len = records.readUInt16BE(pos + 3);
    out.push(records.subarray(pos + 5, pos + 5 + len));
    pos += 5 + len;
  }
  return Buffer.concat(out);
}

/** Re-splits a hello's handshake message into records whose sizes cycle through `sizes` (same record version). */
export function refragment(records: Buffer, sizes: number[], version = records.readUInt16BE(1)): Buffer {
  const message = handshakeOf(records);
  const out: Buffer[] = [];
  let pos = 0;
  let i = 0;
  while (pos < message.length) {
    const size = sizes[i++ % sizes.length]!;
    out.push(record(message.subarray(pos, pos + size), version));
    pos += size;
  }
  return Buffer.concat(out);
}
