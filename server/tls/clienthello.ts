/**
 * ClientHello parsing for the front door: recognise a TLS ClientHello in the first bytes of a connection, learn
 * when it is complete, and turn it into plain facts (versions, suites, SNI, ALPN, groups, GREASE...).
 *
 * Contract:
 * - Nothing but ClientHelloError ever leaves this module (every function catches its own surprises).
 * - Memory and time are bounded: at most `maxBytes` (default 64 KiB) of records are accepted, parsing is linear.
 * - Structure is checked strictly (every length must add up, as a TLS server would insist); content is taken
 *   leniently (unknown versions, suites, groups and extensions are reported by their hex value).
 * - GREASE (RFC 8701) is removed from every list of names, and from `extensions`; only `cipher_suites` keeps the
 *   GREASE entries, marked `grease: true`. The `grease` flag says whether GREASE appeared anywhere.
 *
 * Wire format (RFC 8446 4.1.2, RFC 5246 7.4.1.2): one or more TLSPlaintext records of type handshake (22), each
 * 1..16384 bytes, carrying the 4-byte handshake header (type 1 = client_hello, 24-bit length) and the body:
 * legacy_version(2) random(32) session_id<0..32> cipher_suites<2..2^16-2> compression_methods<1..2^8-1>
 * [extensions<0..2^16-1>].
 */
import {
  GREASE_PSK_MODES,
  cipherSuiteInfo,
  groupName,
  isGrease,
  signatureSchemeName,
  versionName,
  versionRank,
} from './registry.js';

export type ClientHelloErrorCode =
  /** The bytes are not a TLS handshake record (e.g. plain HTTP, SSH, random bytes). */
  | 'not-tls'
  /** An SSL 2.0-format ClientHello (first byte with the high bit set, message type 1). */
  | 'sslv2'
  /** The bytes end before the ClientHello does (parseClientHello only; the reader waits for more instead). */
  | 'truncated'
  /** The ClientHello (with its record headers) would exceed the byte limit. */
  | 'too-large'
  /** A record or a field of the ClientHello is inconsistent. */
  | 'malformed'
  /** A well-formed handshake record whose first message is not a ClientHello. */
  | 'unexpected-message';

export class ClientHelloError extends Error {
  readonly code: ClientHelloErrorCode;

  constructor(code: ClientHelloErrorCode, message: string) {
    super(message);
    this.name = 'ClientHelloError';
    this.code = code;
  }
}

/** Default limit for the records that carry one ClientHello (a post-quantum key share makes hellos ~2 KB). */
export const MAX_CLIENT_HELLO_BYTES = 64 * 1024;

export interface CipherSuiteFact {
  id: number;
  /** IANA name, 'GREASE_0x0A0A' for GREASE, '0x1234' for unknown values. */
  name: string;
  grease: boolean;
}

export interface ClientHelloFacts {
  /** Version in the first record header, e.g. 'TLSv1' (most clients) or 'SSLv3'. */
  record_version: string;
  /** ClientHello.legacy_version, e.g. 'TLSv1.2' (TLS 1.3 clients also send 0x0303 here). */
  legacy_version: string;
  /**
   * Versions the client offers, in its order of preference, GREASE removed: from the supported_versions extension
   * when present (drafts as 'TLSv1.3-draft23', unknown values as '0x7E01'), otherwise derived from legacy_version
   * downwards to TLSv1 (['SSLv3'] for an SSL 3.0 hello; legacy_version above TLS 1.2 counts as TLS 1.2, as a server
   * must treat it).
   */
  supported_versions: string[];
  supported_versions_source: 'extension' | 'legacy_version';
  /** Highest final version in supported_versions ('SSLv3' ... 'TLSv1.3'), or 'none'. */
  highest_version: string;
  /** In the client's order, GREASE kept and marked. */
  cipher_suites: CipherSuiteFact[];
  /** Compression methods offered (0 = none, 1 = DEFLATE). */
  compression_methods: number[];
  /** The host_name of the server_name extension, or null. Non-printable bytes appear as \xHH. */
  sni: string | null;
  /** ALPN protocol names in order (non-printable bytes as \xHH). */
  alpn: string[];
  /** supported_groups by name (e.g. 'x25519', 'secp256r1'), GREASE removed. */
  supported_groups: string[];
  /** Groups of the key_share entries (TLS 1.3), GREASE removed. */
  key_share_groups: string[];
  /** signature_algorithms by name (e.g. 'ecdsa_secp256r1_sha256', 'rsa_pkcs1_sha1'), GREASE removed. */
  signature_algorithms: string[];
  /** Whether any GREASE value appeared (suites, extensions, groups, key shares, versions, sigalgs, PSK modes). */
  grease: boolean;
  /** Whether the session_ticket extension (35) is present. */
  session_ticket: boolean;
  /** Extension types in the order sent, GREASE removed. */
  extensions: number[];
  /** Number of bytes (record headers included) the ClientHello occupied at the start of the input. */
  bytes: number;
}

const RECORD_HEADER = 5;
const MAX_RECORD_BODY = 16384;
const HANDSHAKE_HEADER = 4;
const CONTENT_HANDSHAKE = 22;
const HANDSHAKE_CLIENT_HELLO = 1;

const HTTP_PREFIXES = ['GET ', 'POST', 'HEAD', 'PUT ', 'DELE', 'OPTI', 'CONN', 'TRAC', 'PATC', 'PRI '];

/** Whether the bytes start like a plain HTTP/1.x request (or the HTTP/2 preface): someone spoke HTTP to a TLS port. */
export function looksLikeHttp(data: Buffer): boolean {
  const head = data.subarray(0, 4).toString('latin1');
  return HTTP_PREFIXES.some((p) => p.startsWith(head) && head.length > 0) && /^[A-Z]/.test(head);
}

// ---------------------------------------------------------------------------------------------------------------
// Record scanner: finds where the ClientHello ends, byte by byte, without keeping the bytes.
// ---------------------------------------------------------------------------------------------------------------

/**
 * Incremental state machine over the record layer. It keeps only a record header and a handshake header, so feeding
 * it chunk by chunk is linear in the total input, whatever the chunk sizes.
 */
class RecordScanner {
  private consumed = 0; // bytes fully processed
  private readonly header = new Uint8Array(RECORD_HEADER);
  private headerLen = 0;
  private recordRemaining = 0; // body bytes left in the current record; 0 = expecting a header
  private records = 0;
  private readonly hsHeader = new Uint8Array(HANDSHAKE_HEADER);
  private hsHeaderLen = 0;
  private hsTotal = -1; // 4 + message length, once known
  private hsSeen = 0;
  private done = false;

  private readonly maxBytes: number;

  /** @param maxBytes limit; anything but a finite number >= 1 means the default (a bad option never lifts it). */
  constructor(maxBytes: number | undefined) {
    this.maxBytes =
      typeof maxBytes === 'number' && Number.isFinite(maxBytes) && maxBytes >= 1 ? Math.floor(maxBytes) : MAX_CLIENT_HELLO_BYTES;
  }

  /** Total bytes of the hello's records once complete, else -1. */
  get completeBytes(): number {
    return this.done ? this.consumed : -1;
  }

  /** A lower bound on how many more bytes the hello needs (0 when complete). */
  get needed(): number {
    if (this.done) return 0;
    const hsLeft = this.hsTotal >= 0 ? this.hsTotal - this.hsSeen : HANDSHAKE_HEADER - this.hsHeaderLen;
    if (this.recordRemaining === 0) {
      return RECORD_HEADER - this.headerLen + hsLeft + RECORD_HEADER * (Math.ceil(hsLeft / MAX_RECORD_BODY) - 1);
    }
    const extra = Math.max(0, hsLeft - this.recordRemaining);
    return this.recordRemaining + (extra > 0 ? extra + RECORD_HEADER * Math.ceil(extra / MAX_RECORD_BODY) : 0);
  }

  /** Processes bytes; returns how many were used (fewer than given once the hello is complete). */
  push(chunk: Buffer): number {
    let i = 0;
    while (i < chunk.length && !this.done) {
      if (this.recordRemaining === 0) {
        this.header[this.headerLen++] = chunk[i++]!;
        this.consumed++;
        this.checkHeader();
      } else {
        const take = Math.min(this.recordRemaining, chunk.length - i);
        this.handshakeBytes(chunk, i, take);
        i += take;
        this.consumed += take;
        this.recordRemaining -= take;
        if (this.recordRemaining === 0 && this.hsTotal >= 0 && this.hsSeen === this.hsTotal) this.done = true;
      }
    }
    return i;
  }

  private checkHeader(): void {
    const first = this.records === 0;
    const h = this.header;
    if (this.headerLen === 1) {
      if (h[0] === CONTENT_HANDSHAKE) return;
      if (first && (h[0]! & 0x80) !== 0) return; // maybe SSLv2: decided at byte 3
      if (first) {
        throw new ClientHelloError('not-tls', `first byte 0x${hex8(h[0]!)} is not a TLS handshake record`);
      }
      throw new ClientHelloError('malformed', `record of type ${h[0]} inside the ClientHello`);
    }
    if (first && (h[0]! & 0x80) !== 0) {
      if (this.headerLen === 3) {
        if (h[2] === 1) throw new ClientHelloError('sslv2', 'SSL 2.0-format ClientHello');
        throw new ClientHelloError('not-tls', `first byte 0x${hex8(h[0]!)} is not a TLS handshake record`);
      }
      return;
    }
    if (this.headerLen === 2 && h[1] !== 0x03) {
      throw new ClientHelloError(first ? 'not-tls' : 'malformed', `record version major ${h[1]} is not 3`);
    }
    if (this.headerLen < RECORD_HEADER) return;
    const length = (h[3]! << 8) | h[4]!;
    if (length === 0 || length > MAX_RECORD_BODY) {
      throw new ClientHelloError('malformed', `handshake record length ${length} outside 1..${MAX_RECORD_BODY}`);
    }
    if (this.consumed + length > this.maxBytes) {
      throw new ClientHelloError('too-large', `ClientHello records exceed ${this.maxBytes} bytes`);
    }
    this.recordRemaining = length;
    this.headerLen = 0;
    this.records++;
  }

  private handshakeBytes(chunk: Buffer, start: number, take: number): void {
    let j = start;
    const end = start + take;
    while (this.hsHeaderLen < HANDSHAKE_HEADER && j < end) {
      this.hsHeader[this.hsHeaderLen++] = chunk[j++]!;
      this.hsSeen++;
      if (this.hsHeaderLen === HANDSHAKE_HEADER) this.checkHandshakeHeader(this.recordRemaining - (j - start));
    }
    this.hsSeen += end - j;
    if (this.hsTotal >= 0 && this.hsSeen > this.hsTotal) {
      throw new ClientHelloError('malformed', 'extra handshake data after the ClientHello in the same record');
    }
  }

  /** @param leftInRecord bytes of the current record that follow the 4-byte handshake header */
  private checkHandshakeHeader(leftInRecord: number): void {
    const type = this.hsHeader[0]!;
    if (type !== HANDSHAKE_CLIENT_HELLO) {
      throw new ClientHelloError('unexpected-message', `first handshake message has type ${type}, not ClientHello`);
    }
    const length = (this.hsHeader[1]! << 16) | (this.hsHeader[2]! << 8) | this.hsHeader[3]!;
    this.hsTotal = HANDSHAKE_HEADER + length;
    // Fewest bytes the message can still occupy: to the end of this record, then full records with their headers.
    const recordEnd = this.consumed + this.recordRemaining;
    const after = Math.max(0, length - leftInRecord);
    const minimum = recordEnd + after + RECORD_HEADER * Math.ceil(after / MAX_RECORD_BODY);
    if (minimum > this.maxBytes) {
      throw new ClientHelloError('too-large', `ClientHello of ${length} bytes exceeds the ${this.maxBytes}-byte limit`);
    }
  }
}

function hex8(n: number): string {
  return n.toString(16).toUpperCase().padStart(2, '0');
}

// ---------------------------------------------------------------------------------------------------------------
// Byte cursor for the handshake body: every read is bounds-checked and fails as 'malformed'.
// ---------------------------------------------------------------------------------------------------------------

class Cursor {
  constructor(
    private readonly buf: Buffer,
    private pos: number,
    private readonly end: number,
    private readonly what: string,
  ) {}

  get remaining(): number {
    return this.end - this.pos;
  }

  private need(n: number, field: string): void {
    if (n > this.end - this.pos) {
      throw new ClientHelloError('malformed', `${this.what}: ${field} runs past its enclosing length`);
    }
  }

  u8(field: string): number {
    this.need(1, field);
    return this.buf[this.pos++]!;
  }

  u16(field: string): number {
    this.need(2, field);
    const v = (this.buf[this.pos]! << 8) | this.buf[this.pos + 1]!;
    this.pos += 2;
    return v;
  }

  /** The next two bytes as a number, not consumed (the caller checked that they are there). */
  peekU16(): number {
    return (this.buf[this.pos]! << 8) | this.buf[this.pos + 1]!;
  }

  /** A sub-cursor over the next n bytes. */
  take(n: number, field: string): Cursor {
    this.need(n, field);
    const c = new Cursor(this.buf, this.pos, this.pos + n, this.what);
    this.pos += n;
    return c;
  }

  /** A vector with a 1- or 2-byte length prefix. */
  vector(prefix: 1 | 2, field: string): Cursor {
    const n = prefix === 1 ? this.u8(field) : this.u16(field);
    return this.take(n, field);
  }

  /** The remaining bytes as numbers (no Buffer view made). */
  byteList(): number[] {
    const out: number[] = [];
    while (this.pos < this.end) out.push(this.buf[this.pos++]!);
    return out;
  }

  /** The remaining bytes as printable text (see printable()), consumed. */
  printable(): string {
    const text = printableRange(this.buf, this.pos, this.end);
    this.pos = this.end;
    return text;
  }

  /** Whether the remaining bytes contain `value`. */
  includesByte(value: number): boolean {
    for (let i = this.pos; i < this.end; i++) if (this.buf[i] === value) return true;
    return false;
  }

  u16List(field: string): number[] {
    if (this.remaining % 2 !== 0) throw new ClientHelloError('malformed', `${this.what}: ${field} has odd length`);
    const out: number[] = [];
    while (this.remaining > 0) out.push(this.u16(field));
    return out;
  }

  expectEnd(field: string): void {
    if (this.pos !== this.end) {
      throw new ClientHelloError('malformed', `${this.what}: ${this.end - this.pos} stray bytes after ${field}`);
    }
  }
}

/** Printable ASCII as is, backslash and everything else as \xHH: safe to log and to show (after HTML escaping). */
function printableRange(buf: Buffer, start: number, end: number): string {
  let plain = true;
  for (let i = start; i < end && plain; i++) {
    const b = buf[i]!;
    plain = b >= 0x20 && b <= 0x7e && b !== 0x5c;
  }
  if (plain) return buf.toString('latin1', start, end);
  let out = '';
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    out += b >= 0x20 && b <= 0x7e && b !== 0x5c ? String.fromCharCode(b) : '\\x' + hex8(b);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// ClientHello parsing
// ---------------------------------------------------------------------------------------------------------------

export interface ParseOptions {
  /**
   * Limit for the records carrying the ClientHello, headers included (default MAX_CLIENT_HELLO_BYTES). Values that
   * are not a finite number >= 1 (NaN, Infinity, 0) fall back to the default rather than lifting the limit.
   */
  maxBytes?: number;
}

/**
 * Parses the ClientHello at the start of `data` (one or more handshake records; bytes after the record that
 * completes it are ignored and counted out of `bytes`). Throws ClientHelloError, and nothing else.
 */
export function parseClientHello(data: Buffer, options: ParseOptions = {}): ClientHelloFacts {
  try {
    return parse(data, options.maxBytes);
  } catch (err) {
    throw asClientHelloError(err);
  }
}

function asClientHelloError(err: unknown): ClientHelloError {
  if (err instanceof ClientHelloError) return err;
  // Defensive: a bug here must not take the front door down with a foreign exception.
  return new ClientHelloError('malformed', `unexpected parser failure: ${err instanceof Error ? err.message : String(err)}`);
}

function parse(data: Buffer, maxBytes: number | undefined): ClientHelloFacts {
  if (!Buffer.isBuffer(data)) throw new ClientHelloError('malformed', 'input is not a Buffer');
  if (data.length === 0) throw new ClientHelloError('truncated', 'no bytes');
  const scanner = new RecordScanner(maxBytes);
  scanner.push(data);
  const bytes = scanner.completeBytes;
  if (bytes < 0) {
    throw new ClientHelloError('truncated', `ClientHello incomplete: at least ${scanner.needed} more bytes needed`);
  }

  return parseScanned(data, bytes);
}

/** Parse a ClientHello whose records the scanner validated: they occupy data[0, bytes). */
function parseScanned(data: Buffer, bytes: number): ClientHelloFacts {
  const recordVersion = (data[1]! << 8) | data[2]!;
  const [message, start, end] = handshakeMessage(data, bytes);
  return parseBody(new Cursor(message, start, end, 'ClientHello'), recordVersion, bytes);
}

/**
 * The ClientHello's body from records the scanner validated (data[0, bytes)): in place for one record (nearly
 * every hello), else the fragments joined. Returns the buffer and where the body starts and ends.
 */
function handshakeMessage(data: Buffer, bytes: number): [Buffer, number, number] {
  const first = (data[3]! << 8) | data[4]!;
  if (RECORD_HEADER + first === bytes) return [data, RECORD_HEADER + HANDSHAKE_HEADER, bytes];
  const fragments: Buffer[] = [];
  for (let pos = 0; pos < bytes; ) {
    const length = (data[pos + 3]! << 8) | data[pos + 4]!;
    fragments.push(data.subarray(pos + RECORD_HEADER, pos + RECORD_HEADER + length));
    pos += RECORD_HEADER + length;
  }
  const message = Buffer.concat(fragments);
  return [message, HANDSHAKE_HEADER, message.length];
}

/**
 * One shared, frozen fact per cipher suite value: hellos repeat the same few dozen suites, so parsing allocates
 * nothing per suite and parsed hellos share their suite objects. (At most 2^16 values exist.)
 */
const SUITE_FACTS = new Map<number, CipherSuiteFact>();

function suiteFact(id: number): CipherSuiteFact {
  let fact = SUITE_FACTS.get(id);
  if (fact === undefined) {
    const info = cipherSuiteInfo(id);
    fact = Object.freeze({ id, name: info.name, grease: info.grease });
    SUITE_FACTS.set(id, fact);
  }
  return fact;
}

function parseBody(body: Cursor, recordVersion: number, bytes: number): ClientHelloFacts {
  let grease = false;
  const legacyVersion = body.u16('legacy_version');
  body.take(32, 'random');
  const sessionId = body.vector(1, 'legacy_session_id');
  if (sessionId.remaining > 32) throw new ClientHelloError('malformed', 'ClientHello: session id longer than 32 bytes');

  const suiteIds = body.vector(2, 'cipher_suites').u16List('cipher_suites');
  if (suiteIds.length === 0) throw new ClientHelloError('malformed', 'ClientHello: no cipher suites');
  const cipher_suites = suiteIds.map((id) => {
    const fact = suiteFact(id);
    if (fact.grease) grease = true;
    return fact;
  });

  const compression = body.vector(1, 'compression_methods');
  const compression_methods = compression.byteList();
  if (compression_methods.length === 0) {
    throw new ClientHelloError('malformed', 'ClientHello: no compression methods');
  }

  const facts: ClientHelloFacts = {
    record_version: versionName(recordVersion),
    legacy_version: versionName(legacyVersion),
    supported_versions: [],
    supported_versions_source: 'legacy_version',
    highest_version: 'none',
    cipher_suites,
    compression_methods,
    sni: null,
    alpn: [],
    supported_groups: [],
    key_share_groups: [],
    signature_algorithms: [],
    grease: false,
    session_ticket: false,
    extensions: [],
    bytes,
  };

  let offeredVersions: number[] | null = null;
  if (body.remaining > 0) {
    const extensions = body.vector(2, 'extensions');
    body.expectEnd('extensions');
    const seen = new Set<number>();
    while (extensions.remaining > 0) {
      const type = extensions.u16('extension type');
      const ext = extensions.vector(2, `extension ${type}`);
      if (seen.has(type)) throw new ClientHelloError('malformed', `ClientHello: extension ${type} appears twice`);
      seen.add(type);
      if (isGrease(type)) {
        grease = true;
        continue;
      }
      facts.extensions.push(type);
      const g = parseExtension(type, ext, facts);
      if (g.grease) grease = true;
      if (g.versions) offeredVersions = g.versions;
    }
  }

  if (offeredVersions !== null) {
    facts.supported_versions = offeredVersions.map(versionName);
    facts.supported_versions_source = 'extension';
  } else {
    facts.supported_versions = versionsFromLegacy(legacyVersion);
  }
  facts.highest_version = highestVersion(facts.supported_versions);
  facts.grease = grease;
  return facts;
}

/** Parses the extensions the facts need; checks the inner structure of those, skips the others. */
function parseExtension(
  type: number,
  ext: Cursor,
  facts: ClientHelloFacts,
): { grease: boolean; versions?: number[] } {
  let grease = false;
  const named = (values: number[], name: (v: number) => string): string[] => {
    const out: string[] = [];
    for (const v of values) {
      if (isGrease(v)) grease = true;
      else out.push(name(v));
    }
    return out;
  };
  switch (type) {
    case 0: {
      // server_name: ServerName server_name_list<1..2^16-1>; host_name(0) HostName<1..2^16-1>
      const list = ext.vector(2, 'server_name_list');
      ext.expectEnd('server_name_list');
      if (list.remaining === 0) throw new ClientHelloError('malformed', 'ClientHello: empty server_name list');
      while (list.remaining > 0) {
        const nameType = list.u8('server name type');
        const name = list.vector(2, 'server name');
        if (nameType !== 0 || facts.sni !== null) continue;
        if (name.remaining === 0 || name.remaining > 255 || name.includesByte(0)) {
          throw new ClientHelloError('malformed', 'ClientHello: SNI host name empty, over 255 bytes or with NUL');
        }
        facts.sni = name.printable();
      }
      return { grease };
    }
    case 10: {
      const list = ext.vector(2, 'supported_groups');
      ext.expectEnd('supported_groups');
      facts.supported_groups = named(list.u16List('supported_groups'), groupName);
      return { grease };
    }
    case 13: {
      const list = ext.vector(2, 'signature_algorithms');
      ext.expectEnd('signature_algorithms');
      facts.signature_algorithms = named(list.u16List('signature_algorithms'), signatureSchemeName);
      return { grease };
    }
    case 16: {
      const list = ext.vector(2, 'alpn protocol_name_list');
      ext.expectEnd('alpn protocol_name_list');
      while (list.remaining > 0) {
        const proto = list.vector(1, 'alpn protocol name');
        if (proto.remaining === 0) throw new ClientHelloError('malformed', 'ClientHello: empty ALPN protocol name');
        if (proto.remaining === 2 && isGrease(proto.peekU16())) grease = true;
        else facts.alpn.push(proto.printable());
      }
      return { grease };
    }
    case 35:
      facts.session_ticket = true;
      return { grease };
    case 43: {
      const list = ext.vector(1, 'supported_versions');
      ext.expectEnd('supported_versions');
      const values = list.u16List('supported_versions');
      if (values.length === 0) throw new ClientHelloError('malformed', 'ClientHello: empty supported_versions');
      const versions: number[] = [];
      for (const v of values) {
        if (isGrease(v)) grease = true;
        else versions.push(v);
      }
      return { grease, versions };
    }
    case 45: {
      const modes = ext.vector(1, 'psk_key_exchange_modes');
      ext.expectEnd('psk_key_exchange_modes');
      for (const m of modes.byteList()) if (GREASE_PSK_MODES.includes(m)) grease = true;
      return { grease };
    }
    case 51: {
      const shares = ext.vector(2, 'key_share client_shares');
      ext.expectEnd('key_share client_shares');
      const groups: number[] = [];
      while (shares.remaining > 0) {
        groups.push(shares.u16('key_share group'));
        shares.vector(2, 'key_exchange');
      }
      facts.key_share_groups = named(groups, groupName);
      return { grease };
    }
    default:
      return { grease };
  }
}

/** Versions a hello without supported_versions allows: legacy_version (at most TLS 1.2) down to TLS 1.0. */
function versionsFromLegacy(legacy: number): string[] {
  if (legacy < 0x0300) return [];
  if (legacy === 0x0300) return ['SSLv3'];
  const out: string[] = [];
  for (let v = Math.min(legacy, 0x0303); v >= 0x0301; v--) out.push(versionName(v));
  return out;
}

function highestVersion(names: string[]): string {
  let best = 'none';
  for (const n of names) if (versionRank(n) > versionRank(best)) best = n;
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// A hello kept as received, parsed on first use
// ---------------------------------------------------------------------------------------------------------------

/** What routing and the hello store need of a hello, read without building its facts. */
export interface ClientHelloSkim {
  /** As ClientHelloFacts.sni. */
  sni: string | null;
  /** As ClientHelloFacts.highest_version. */
  highest_version: string;
}

const u16At = (b: Buffer, i: number): number => (b[i]! << 8) | b[i + 1]!;

/**
 * Where the extensions block (its 2-byte length) of the ClientHello body b[start, end) starts: `end` when there is
 * none, -1 when the lengths before it or its own do not add up (legacy_version, random, session id, cipher suites
 * and compression methods are stepped over, not checked).
 */
function extensionsAt(b: Buffer, start: number, end: number): number {
  let p = start + 2 + 32; // legacy_version, random
  if (p + 1 > end) return -1;
  p += 1 + b[p]!; // legacy_session_id
  if (p + 2 > end) return -1;
  p += 2 + u16At(b, p); // cipher_suites
  if (p + 1 > end) return -1;
  p += 1 + b[p]!; // compression_methods
  if (p > end) return -1;
  if (p === end) return end;
  return p + 2 <= end && p + 2 + u16At(b, p) === end ? p : -1;
}

/** Stamps of the extension types seen by the current skim (duplicates are malformed): no allocation per hello. */
const seenTypes = new Uint16Array(65536);
let seenStamp = 0;

/**
 * The SNI name and the highest offered version of a hello whose records the scanner validated (data[0, bytes)),
 * by a walk that checks every length and rule parseBody checks but builds nothing (no lists, no names but the two
 * answers): null exactly when parseBody would reject the hello, else parseBody's `sni` and `highest_version`
 * (test/tls/clienthello.property.test.ts holds it to both).
 */
function skimScanned(data: Buffer, bytes: number): ClientHelloSkim | null {
  const [b, start, end] = handshakeMessage(data, bytes);
  let p = start + 2 + 32; // legacy_version, random
  if (p + 1 > end) return null;
  const sessionId = b[p]!;
  if (sessionId > 32) return null;
  p += 1 + sessionId;
  if (p + 2 > end) return null;
  const suites = u16At(b, p);
  if (suites === 0 || suites % 2 !== 0) return null;
  p += 2 + suites;
  if (p + 1 > end) return null;
  const compression = b[p]!;
  if (compression === 0) return null;
  p += 1 + compression;
  if (p > end) return null;
  let sni: string | null = null;
  let highest: string | null = null;
  if (p < end) {
    if (p + 2 > end || p + 2 + u16At(b, p) !== end) return null;
    if (++seenStamp === 65536) {
      seenTypes.fill(0);
      seenStamp = 1;
    }
    for (p += 2; p < end; ) {
      if (p + 4 > end) return null;
      const type = u16At(b, p);
      const from = p + 4;
      const to = from + u16At(b, p + 2);
      if (to > end || seenTypes[type] === seenStamp) return null;
      seenTypes[type] = seenStamp;
      p = to;
      if (isGrease(type)) continue;
      switch (type) {
        case 0: {
          // server_name_list<1..2^16-1> of (name_type, HostName<..>): the first host_name is the SNI.
          if (from + 2 > to || from + 2 + u16At(b, from) !== to || from + 2 === to) return null;
          for (let q = from + 2; q < to; ) {
            if (q + 3 > to) return null;
            const nameType = b[q]!;
            const nameStart = q + 3;
            q = nameStart + u16At(b, q + 1);
            if (q > to) return null;
            if (nameType !== 0 || sni !== null) continue;
            if (q === nameStart || q - nameStart > 255) return null;
            for (let i = nameStart; i < q; i++) if (b[i] === 0) return null;
            sni = printableRange(b, nameStart, q);
          }
          break;
        }
        case 10: // supported_groups
        case 13: // signature_algorithms
          if (from + 2 > to || from + 2 + u16At(b, from) !== to || (to - from) % 2 !== 0) return null;
          break;
        case 16: // ALPN: protocol_name_list of non-empty names
          if (from + 2 > to || from + 2 + u16At(b, from) !== to) return null;
          for (let q = from + 2; q < to; ) {
            if (b[q] === 0) return null;
            q += 1 + b[q]!;
            if (q > to) return null;
          }
          break;
        case 43: {
          // supported_versions<2..254>, GREASE left out.
          const n = from < to ? b[from]! : -1;
          if (n <= 0 || n % 2 !== 0 || from + 1 + n !== to) return null;
          highest = 'none';
          for (let q = from + 1; q < to; q += 2) {
            const v = u16At(b, q);
            if (isGrease(v)) continue;
            const name = versionName(v);
            if (versionRank(name) > versionRank(highest)) highest = name;
          }
          break;
        }
        case 45: // psk_key_exchange_modes
          if (from + 1 > to || from + 1 + b[from]! !== to) return null;
          break;
        case 51: // key_share: client_shares of (group, key_exchange<..>)
          if (from + 2 > to || from + 2 + u16At(b, from) !== to) return null;
          for (let q = from + 2; q < to; ) {
            if (q + 4 > to) return null;
            q += 4 + u16At(b, q + 2);
            if (q > to) return null;
          }
          break;
        default:
      }
    }
  }
  return { sni, highest_version: highest ?? highestVersion(versionsFromLegacy(u16At(b, start))) };
}

/** Only this module makes ClientHello objects from bytes it has not checked itself. */
const SCANNED = Symbol('scanned');

/**
 * One complete ClientHello as received (exactly its records), parsed on first use. The front door keeps one per
 * connection and most are never read in full: routing needs the SNI name, the hello store the highest version
 * (both from `skim`), the diagnosis the facts of one hello per test run. Costs nothing but the reference until then.
 */
export class ClientHello {
  private parsed: ClientHelloFacts | ClientHelloError | undefined;
  private skimmed: ClientHelloSkim | null | undefined;

  /**
   * @param data exactly the records of one complete ClientHello, as the record scanner accepted them.
   * @param bytes how many bytes the hello occupied as received (more than data's when kept, see forKeeping()).
   */
  private constructor(
    readonly data: Buffer,
    token: typeof SCANNED,
    readonly bytes: number = data.length,
  ) {
    if (token !== SCANNED) throw new TypeError('use ClientHello.from');
  }

  /** @internal The reader's way in: `data` holds records the scanner accepted. */
  static scanned(data: Buffer, token: typeof SCANNED): ClientHello {
    return new ClientHello(data, token);
  }

  /**
   * The hello whose records start `data` (bytes from elsewhere: another process, a test); bytes after it are left
   * out. Throws ClientHelloError when they are not a complete ClientHello's records (the body is checked by parse()).
   */
  static from(data: Buffer, options: ParseOptions = {}): ClientHello {
    if (!Buffer.isBuffer(data)) throw new ClientHelloError('malformed', 'input is not a Buffer');
    const length = clientHelloLength(data, options);
    if (!length.complete || length.bytes === undefined) {
      throw new ClientHelloError('truncated', `ClientHello incomplete: at least ${length.needed ?? 1} more bytes needed`);
    }
    return new ClientHello(length.bytes === data.length ? data : data.subarray(0, length.bytes), SCANNED);
  }

  /**
   * A hello from forKeeping() that travelled (another process): its records and the bytes it occupied as received.
   * Throws ClientHelloError as from() does, and when `bytes` is not a whole number from the records' length up.
   */
  static kept(data: Buffer, bytes: number): ClientHello {
    const hello = ClientHello.from(data);
    if (!Number.isSafeInteger(bytes) || bytes < hello.data.length || bytes > MAX_CLIENT_HELLO_BYTES * 2) {
      throw new ClientHelloError('malformed', `a kept hello of ${hello.data.length} bytes cannot have occupied ${bytes}`);
    }
    return new ClientHello(hello.data, SCANNED, bytes);
  }

  /** The facts (parsed once); throws the same ClientHelloError every time when the body is malformed. */
  parse(): ClientHelloFacts {
    if (this.parsed === undefined) {
      try {
        const facts = parseScanned(this.data, this.data.length);
        facts.bytes = this.bytes;
        this.parsed = facts;
      } catch (err) {
        this.parsed = asClientHelloError(err);
      }
    }
    if (this.parsed instanceof ClientHelloError) throw this.parsed;
    return this.parsed;
  }

  /** The facts, or null when the body is malformed (`error` says why). */
  get facts(): ClientHelloFacts | null {
    try {
      return this.parse();
    } catch {
      return null;
    }
  }

  /** Why parse() fails, or null when it succeeds. */
  get error(): ClientHelloErrorCode | null {
    return this.facts === null ? (this.parsed as ClientHelloError).code : null;
  }

  /**
   * SNI name and highest offered version without the full parse: null exactly when parse() fails, else equal to
   * the facts' (skimScanned checks what the parse checks). Once parsed, taken from the facts.
   */
  get skim(): ClientHelloSkim | null {
    if (this.skimmed === undefined) {
      const f = this.parsed;
      if (f === undefined) {
        try {
          this.skimmed = skimScanned(this.data, this.data.length);
        } catch {
          this.skimmed = null;
        }
      } else this.skimmed = f instanceof ClientHelloError ? null : { sni: f.sni, highest_version: f.highest_version };
    }
    return this.skimmed;
  }

  /**
   * The same hello for keeping a while (the hello store): in a buffer of its own, as a view into a larger chunk
   * would keep the chunk alive, and with only the bytes its facts are made from: the contents of the extensions
   * no fact reads (padding, tickets, pre-shared keys, ECH, unknown ones) and the key shares' public keys (a
   * post-quantum share is 1.2 KB of Chromium's 2 KB hello) are left out, each keeping its type (and group).
   * Its facts are this hello's, `bytes` included. Kept whole when its body does not parse.
   */
  forKeeping(): ClientHello {
    const d = this.data;
    let slim: Buffer | null = null;
    try {
      slim = this.skim === null ? null : keptRecords(d, d.length);
    } catch {
      slim = null;
    }
    if (slim === null) {
      if (d.byteOffset === 0 && d.buffer.byteLength === d.length) return this;
      slim = Buffer.allocUnsafeSlow(d.length);
      d.copy(slim);
    }
    const kept = new ClientHello(slim, SCANNED, this.bytes);
    kept.parsed = this.parsed;
    kept.skimmed = this.skimmed;
    return kept;
  }
}

/** Extensions whose contents a fact is made from (key_share: its groups only). */
const READ_EXTENSIONS = new Set([0, 10, 13, 16, 43, 45]);
const KEY_SHARE = 51;

/**
 * The hello of records the scanner validated and skimScanned accepted (data[0, bytes)), as one record in a buffer
 * of its own with the contents of every extension not in READ_EXTENSIONS emptied and the key_exchange of every
 * key_share entry emptied (lengths adjusted): the same facts. null when nothing would be left out, or when the
 * result would not fit one record (then the hello is kept as it came).
 */
function keptRecords(data: Buffer, bytes: number): Buffer | null {
  const [b, start, end] = handshakeMessage(data, bytes);
  const extensions = extensionsAt(b, start, end);
  if (extensions < 0 || extensions === end) return null;
  // One pass to size it: what each extension keeps.
  let size = extensions + 2 - start;
  for (let p = extensions + 2; p < end; ) {
    const type = u16At(b, p);
    const to = p + 4 + u16At(b, p + 2);
    size += 4 + keptLength(b, type, p + 4, to);
    p = to;
  }
  if (size === end - start || HANDSHAKE_HEADER + size > MAX_RECORD_BODY) return null;
  const out = Buffer.allocUnsafeSlow(RECORD_HEADER + HANDSHAKE_HEADER + size);
  out[0] = CONTENT_HANDSHAKE;
  out[1] = data[1]!;
  out[2] = data[2]!;
  out.writeUInt16BE(HANDSHAKE_HEADER + size, 3);
  out[5] = HANDSHAKE_CLIENT_HELLO;
  out.writeUIntBE(size, 6, 3);
  let o = RECORD_HEADER + HANDSHAKE_HEADER;
  o += b.copy(out, o, start, extensions);
  out.writeUInt16BE(size - (extensions + 2 - start), o);
  o += 2;
  for (let p = extensions + 2; p < end; ) {
    const type = u16At(b, p);
    const from = p + 4;
    const to = from + u16At(b, p + 2);
    const length = keptLength(b, type, from, to);
    out.writeUInt16BE(type, o);
    out.writeUInt16BE(length, o + 2);
    o += 4;
    if (type === KEY_SHARE) {
      out.writeUInt16BE(length - 2, o);
      o += 2;
      for (let q = from + 2; q < to; q += 4 + u16At(b, q + 2)) {
        out.writeUInt16BE(u16At(b, q), o);
        out.writeUInt16BE(0, o + 2);
        o += 4;
      }
    } else if (length > 0) o += b.copy(out, o, from, to);
    p = to;
  }
  return out;
}

/** How many content bytes extension `type` keeps (see keptRecords). */
function keptLength(b: Buffer, type: number, from: number, to: number): number {
  if (READ_EXTENSIONS.has(type)) return to - from;
  if (type !== KEY_SHARE) return 0;
  let shares = 0;
  for (let q = from + 2; q < to; q += 4 + u16At(b, q + 2)) shares++;
  return 2 + 4 * shares;
}

// ---------------------------------------------------------------------------------------------------------------
// Incremental length check and reader for the front door
// ---------------------------------------------------------------------------------------------------------------

/**
 * Whether `data` starts with a complete ClientHello. `needed` is a lower bound on the missing bytes; `bytes` the
 * length of the hello's records when complete. Throws ClientHelloError (not-tls, sslv2, too-large, malformed,
 * unexpected-message) as soon as the bytes seen prove it; never 'truncated'.
 */
export function clientHelloLength(
  data: Buffer,
  options: ParseOptions = {},
): { complete: boolean; needed?: number; bytes?: number } {
  try {
    const scanner = new RecordScanner(options.maxBytes);
    scanner.push(data);
    const bytes = scanner.completeBytes;
    return bytes >= 0 ? { complete: true, bytes } : { complete: false, needed: scanner.needed };
  } catch (err) {
    throw asClientHelloError(err);
  }
}

export type ClientHelloReadResult =
  /** Keep reading: at least `needed` more bytes are required. */
  | { status: 'incomplete'; needed: number }
  /** The hello is complete and parsed; it occupies the first `bytes` bytes of `received`. */
  | { status: 'complete'; facts: ClientHelloFacts; bytes: number }
  /** Not a (valid) ClientHello; `received` still holds every byte taken, so the caller can hand them on. */
  | { status: 'error'; error: ClientHelloError };

export type ClientHelloCollectResult =
  /** Keep reading: at least `needed` more bytes are required. */
  | { status: 'incomplete'; needed: number }
  /** The hello's records are complete (its body not parsed yet); they occupy the first `bytes` bytes of `received`. */
  | { status: 'complete'; hello: ClientHello; bytes: number }
  /** Not a ClientHello's records; `received` still holds every byte taken, so the caller can hand them on. */
  | { status: 'error'; error: ClientHelloError };

/**
 * Feeds on a socket's first chunks until the records of one ClientHello are complete, and keeps them as a
 * ClientHello that parses on first use (the front door's reader: most hellos are never read in full). The records
 * are checked as they come (not TLS, SSLv2, too large, a record of another type, another first message); the body
 * only when the facts are asked for. Typical use in a net.Server:
 *
 *   const collector = new ClientHelloCollector();
 *   socket.on('data', function onData(chunk) {
 *     const r = collector.push(chunk);
 *     if (r.status === 'incomplete') return;
 *     socket.removeListener('data', onData);
 *     socket.pause();
 *     socket.unshift(collector.received);       // every byte read, nothing lost
 *     httpsServer.emit('connection', socket);   // r.hello (or r.error) describes the hello
 *   });
 *
 * Memory: at most maxBytes plus the last chunk. After a final result ('complete' or 'error'), push() takes no
 * more bytes and returns that result again; stop reading then. push() never throws.
 */
export class ClientHelloCollector {
  private readonly scanner: RecordScanner;
  private readonly chunks: Buffer[] = [];
  private length = 0;
  private state: ClientHelloCollectResult;

  constructor(options: ParseOptions = {}) {
    this.scanner = new RecordScanner(options.maxBytes);
    this.state = { status: 'incomplete', needed: this.scanner.needed };
  }

  get result(): ClientHelloCollectResult {
    return this.state;
  }

  /** Every byte accepted so far, in order (for socket.unshift). */
  get received(): Buffer {
    if (this.chunks.length > 1) {
      const joined = Buffer.concat(this.chunks, this.length);
      this.chunks.length = 0;
      this.chunks.push(joined);
    }
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  get receivedLength(): number {
    return this.length;
  }

  push(chunk: Buffer): ClientHelloCollectResult {
    if (this.state.status !== 'incomplete') return this.state;
    try {
      if (!Buffer.isBuffer(chunk)) throw new ClientHelloError('malformed', 'chunk is not a Buffer');
      if (chunk.length === 0) return this.state;
      this.chunks.push(chunk);
      this.length += chunk.length;
      this.scanner.push(chunk);
      const bytes = this.scanner.completeBytes;
      if (bytes < 0) {
        this.state = { status: 'incomplete', needed: this.scanner.needed };
      } else {
        const received = this.received;
        const hello = ClientHello.scanned(bytes === received.length ? received : received.subarray(0, bytes), SCANNED);
        this.state = { status: 'complete', hello, bytes };
      }
    } catch (err) {
      this.state = { status: 'error', error: asClientHelloError(err) };
    }
    return this.state;
  }
}

/**
 * A ClientHelloCollector that parses the hello as soon as its records are complete: a malformed body is an
 * 'error' result here, and a 'complete' one carries the facts. Same use, memory and guarantees.
 */
export class ClientHelloReader {
  private readonly collector: ClientHelloCollector;
  private state: ClientHelloReadResult;

  constructor(options: ParseOptions = {}) {
    this.collector = new ClientHelloCollector(options);
    this.state = this.collector.result as ClientHelloReadResult;
  }

  get result(): ClientHelloReadResult {
    return this.state;
  }

  /** Every byte accepted so far, in order (for socket.unshift). */
  get received(): Buffer {
    return this.collector.received;
  }

  get receivedLength(): number {
    return this.collector.receivedLength;
  }

  push(chunk: Buffer): ClientHelloReadResult {
    if (this.state.status !== 'incomplete') return this.state;
    const r = this.collector.push(chunk);
    if (r.status !== 'complete') this.state = r;
    else {
      try {
        this.state = { status: 'complete', facts: r.hello.parse(), bytes: r.bytes };
      } catch (err) {
        this.state = { status: 'error', error: asClientHelloError(err) };
      }
    }
    return this.state;
  }
}
