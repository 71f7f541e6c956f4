/**
 * The site configuration file (TLSTEST_CONFIG): how the test page names the organisation and its service, whom
 * to call for help, which services the switch affects and when, and the TLS policy of the real service.
 *
 * parseSiteConfig is pure: it takes the parsed document (JSON or YAML) and returns a complete SiteConfig or throws
 * a ConfigError whose one-line message names the file and the field, e.g.
 * `TLSTEST_CONFIG /etc/tlstest/site.json: support.phone must be a string (got 12345)`. loadSiteConfig reads the
 * file and the logo. Without a file every field has a neutral default (no names, no lists: the generic page).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigError, TLS_PRESET_NAMES, type TlsPresetName, type TlsVersion } from './config.js';
import { matchLanguage, type Lang } from './i18n/index.js';
import type { TlsSettings } from './tls/policy.js';

export interface SiteLogo {
  /** Where the page loads it from (same host), e.g. /site/logo.png. */
  url: string;
  contentType: string;
  data: Buffer;
  /** Height in CSS pixels the page shows it at (width follows). */
  height: number;
  file: string;
}

export interface SiteService {
  name: string;
  /** Host name or URL the visitor knows the service by, shown beside the name. */
  address: string | null;
}

export interface ScheduleEntry {
  /** E.g. Test, Production. */
  environment: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  note: string | null;
}

export interface SiteConfig {
  /** Where the configuration came from (the file path), null for the defaults. */
  source: string | null;
  organisation: string | null;
  product: string | null;
  logo: SiteLogo | null;
  support: { url: string | null; phone: string | null; email: string | null; hours: string | null };
  services: SiteService[];
  schedule: ScheduleEntry[];
  notice: string | null;
  /** Language of the organisation's own texts (notice, services, schedule notes), a BCP 47 tag. */
  language: string;
  /** TLS policy settings from the file (the environment's win); see server/tls/policy.ts. */
  tls: { preset: TlsPresetName | null; settings: Partial<TlsSettings>; certFile: string | null; keyFile: string | null };
}

export const DEFAULT_SITE: SiteConfig = Object.freeze({
  source: null,
  organisation: null,
  product: null,
  logo: null,
  support: { url: null, phone: null, email: null, hours: null },
  services: [],
  schedule: [],
  notice: null,
  language: 'en',
  tls: { preset: null, settings: {}, certFile: null, keyFile: null },
}) as SiteConfig;

export const MAX_SITE_FILE_BYTES = 256 * 1024;
export const MAX_LOGO_BYTES = 512 * 1024;
const MAX_SERVICES = 50;
const MAX_SCHEDULE = 20;

/** What the logo file may be, told by its first bytes (never by its name). SVG is refused: it can carry script. */
const LOGO_TYPES: ReadonlyArray<{ ext: string; type: string; magic: (b: Buffer) => boolean }> = [
  { ext: 'png', type: 'image/png', magic: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { ext: 'gif', type: 'image/gif', magic: (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')) },
  { ext: 'jpg', type: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
];

type Json = unknown;

/** Reports a field's problem as one line naming the file and the field path. */
class Fields {
  constructor(private readonly source: string) {}

  fail(field: string, what: string, got?: Json): never {
    const shown = got === undefined ? '' : ` (got ${describe(got)})`;
    throw new ConfigError(`TLSTEST_CONFIG ${this.source}: ${field || 'the file'} ${what}${shown}`);
  }

  object(field: string, value: Json, allowed: readonly string[]): Record<string, Json> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(field, field ? 'must be an object' : 'must hold settings by name (an object)', value);
    }
    const obj = value as Record<string, Json>;
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) {
        const where = field ? `${field}.${key}` : key;
        this.fail(where, `is not a known setting (known here: ${allowed.join(', ')})`);
      }
    }
    return obj;
  }

  string(field: string, value: Json, opts: { max?: number; pattern?: RegExp; hint?: string } = {}): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') this.fail(field, 'must be a string', value);
    const text = value.trim();
    if (text === '') return null;
    const max = opts.max ?? 200;
    if (text.length > max) this.fail(field, `must be at most ${max} characters`, `${text.length} characters`);
    // Control characters other than line breaks never belong in page text.
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) this.fail(field, 'must not contain control characters');
    if (opts.pattern && !opts.pattern.test(text)) this.fail(field, `must be ${opts.hint ?? 'in the right form'}`, text);
    return text;
  }

  array(field: string, value: Json, max: number): Json[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(field, 'must be a list', value);
    if (value.length > max) this.fail(field, `must have at most ${max} entries`, `${value.length}`);
    return value;
  }

  boolean(field: string, value: Json): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') this.fail(field, 'must be true or false', value);
    return value;
  }

  oneOf<T extends string>(field: string, value: Json, allowed: readonly T[]): T | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || !allowed.includes(value as T)) this.fail(field, `must be one of ${allowed.join(', ')}`, value);
    return value as T;
  }
}

function describe(value: Json): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const URL_RE = /^https?:\/\/[^\s<>"']+$/i;
const PHONE_RE = /^\+?[0-9][0-9 ()./-]{2,39}$/;
const EMAIL_RE = /^[^\s@<>"']{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,}$/i;
const LANGUAGE_RE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,3}$/i;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const TOP_KEYS = ['organisation', 'product', 'logo', 'support', 'services', 'schedule', 'notice', 'language', 'tls'] as const;
const TLS_KEYS = ['preset', 'minVersion', 'maxVersion', 'ciphers', 'ciphersuites', 'ecdhCurve', 'sigalgs', 'honorCipherOrder', 'certFile', 'keyFile'];
const VERSIONS: readonly TlsVersion[] = ['TLSv1.2', 'TLSv1.3'];

/** The logo setting before its file is read: a path (relative to the configuration file) and a display height. */
export interface LogoSetting {
  file: string;
  height: number;
}

export interface ParsedSite extends Omit<SiteConfig, 'logo'> {
  logo: LogoSetting | null;
}

/**
 * Validate a parsed configuration document. `source` is the file's path (for messages); relative paths in it
 * (logo, certificate, key) are taken from `baseDir`. Pure: reads no file.
 */
export function parseSiteConfig(doc: Json, source: string, baseDir: string): ParsedSite {
  const f: Fields = new Fields(source);
  if (doc === null || doc === undefined) return { ...DEFAULT_SITE, source, logo: null };
  const top = f.object('', doc, TOP_KEYS);
  const text = (field: string, v: Json, max?: number) => f.string(field, v, max === undefined ? {} : { max });

  let logo: LogoSetting | null = null;
  if (typeof top.logo === 'string' || top.logo === undefined || top.logo === null) {
    const file = text('logo', top.logo, 1000);
    if (file) logo = { file: path.resolve(baseDir, file), height: 48 };
  } else {
    const l = f.object('logo', top.logo, ['file', 'height']);
    const file = text('logo.file', l.file, 1000);
    if (!file) f.fail('logo.file', 'must name the logo image file');
    let height = 48;
    if (l.height !== undefined) {
      if (typeof l.height !== 'number' || !Number.isInteger(l.height) || l.height < 16 || l.height > 200) {
        f.fail('logo.height', 'must be a whole number of pixels from 16 to 200', l.height);
      }
      height = l.height;
    }
    logo = { file: path.resolve(baseDir, file), height };
  }

  const support = { ...DEFAULT_SITE.support };
  if (top.support !== undefined && top.support !== null) {
    const s = f.object('support', top.support, ['url', 'phone', 'email', 'hours']);
    support.url = f.string('support.url', s.url, { max: 500, pattern: URL_RE, hint: 'an http:// or https:// address' });
    support.phone = f.string('support.phone', s.phone, { max: 40, pattern: PHONE_RE, hint: 'a phone number (digits, spaces, + ( ) - . /)' });
    support.email = f.string('support.email', s.email, { max: 320, pattern: EMAIL_RE, hint: 'an e-mail address' });
    support.hours = text('support.hours', s.hours);
  }

  const services = f.array('services', top.services, MAX_SERVICES).map((entry, i): SiteService => {
    const field = `services[${i}]`;
    if (typeof entry === 'string') {
      const name = text(field, entry);
      if (!name) f.fail(field, 'must not be empty');
      return { name, address: null };
    }
    const o = f.object(field, entry, ['name', 'address']);
    const name = text(`${field}.name`, o.name);
    if (!name) f.fail(`${field}.name`, 'is required');
    return { name, address: text(`${field}.address`, o.address, 300) };
  });

  const schedule = f.array('schedule', top.schedule, MAX_SCHEDULE).map((entry, i): ScheduleEntry => {
    const field = `schedule[${i}]`;
    const o = f.object(field, entry, ['environment', 'date', 'note']);
    const environment = text(`${field}.environment`, o.environment, 100);
    if (!environment) f.fail(`${field}.environment`, 'is required (e.g. Test or Production)');
    // YAML reads an unquoted 2025-06-30 as a date: accept it as that day.
    const rawDate = o.date instanceof Date && !Number.isNaN(o.date.getTime()) ? o.date.toISOString().slice(0, 10) : o.date;
    const date = f.string(`${field}.date`, rawDate, { max: 10 });
    if (!date || !validDate(date)) f.fail(`${field}.date`, 'must be a date written YYYY-MM-DD', rawDate);
    return { environment, date, note: text(`${field}.note`, o.note, 300) };
  });

  const language = f.string('language', top.language, { max: 35, pattern: LANGUAGE_RE, hint: 'a language tag such as en, de or fr-CH' }) ?? 'en';

  const tls: SiteConfig['tls'] = { preset: null, settings: {}, certFile: null, keyFile: null };
  if (top.tls !== undefined && top.tls !== null) {
    const t = f.object('tls', top.tls, TLS_KEYS);
    tls.preset = f.oneOf('tls.preset', t.preset, TLS_PRESET_NAMES) ?? null;
    const settings: Partial<TlsSettings> = {};
    const minVersion = f.oneOf('tls.minVersion', t.minVersion, VERSIONS);
    const maxVersion = f.oneOf('tls.maxVersion', t.maxVersion, VERSIONS);
    if (minVersion) settings.minVersion = minVersion;
    if (maxVersion) settings.maxVersion = maxVersion;
    const list = (name: 'ciphers' | 'ciphersuites' | 'ecdhCurve' | 'sigalgs') => {
      const value = f.string(`tls.${name}`, Array.isArray(t[name]) ? joinList(f, `tls.${name}`, t[name] as Json[]) : t[name], {
        max: 2000,
        pattern: /^[A-Za-z0-9_+:!@.=, -]+$/,
        hint: 'an OpenSSL list: names separated by colons',
      });
      if (value) settings[name] = value.replace(/\s*,\s*|\s+/g, ':');
    };
    list('ciphers');
    list('ciphersuites');
    list('ecdhCurve');
    list('sigalgs');
    const honor = f.boolean('tls.honorCipherOrder', t.honorCipherOrder);
    if (honor !== undefined) settings.honorCipherOrder = honor;
    tls.settings = settings;
    const certFile = text('tls.certFile', t.certFile, 1000);
    const keyFile = text('tls.keyFile', t.keyFile, 1000);
    if ((certFile === null) !== (keyFile === null)) f.fail(certFile ? 'tls.keyFile' : 'tls.certFile', 'must be set together with the other (certificate chain and key)');
    tls.certFile = certFile && path.resolve(baseDir, certFile);
    tls.keyFile = keyFile && path.resolve(baseDir, keyFile);
  }

  return {
    source,
    organisation: text('organisation', top.organisation, 100),
    product: text('product', top.product, 100),
    logo,
    support,
    services,
    schedule,
    notice: text('notice', top.notice, 2000),
    language,
    tls,
  };
}

/** A list written as a YAML/JSON array instead of a colon-separated string. */
function joinList(f: Fields, field: string, items: Json[]): string {
  return items
    .map((x, i) => {
      if (typeof x !== 'string') f.fail(`${field}[${i}]`, 'must be a string', x);
      return x.trim();
    })
    .join(':');
}

/**
 * The YAML parser, loaded on first use: most servers run without a site file or with a JSON one, and the parser
 * (some 280 KB of source) would stay in every process's memory for nothing. Loaded synchronously (its CommonJS
 * build, the one an ESM import of `yaml` resolves to in Node as well).
 */
let yamlModule: typeof import('yaml') | null = null;
function yamlParser(): typeof import('yaml') {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yamlModule;
}

/** Parse the text of a configuration file: YAML for .yaml/.yml, JSON otherwise. */
export function parseSiteText(text: string, source: string): Json {
  const yaml = /\.ya?ml$/i.test(source);
  try {
    if (yaml) return yamlParser().parse(text, { prettyErrors: false, maxAliasCount: 10 }) as Json;
    return JSON.parse(text) as Json;
  } catch (err) {
    const first = String((err as Error).message).split('\n')[0];
    throw new ConfigError(`TLSTEST_CONFIG ${source}: not valid ${yaml ? 'YAML' : 'JSON'}: ${first}`);
  }
}

/** The page language for visitors whose browser asks for none we have: the site's language when we have it, else English. */
export function siteDefaultLang(site: SiteConfig): Lang {
  return matchLanguage(site.language) ?? 'en';
}

/** Check the logo's bytes: a PNG, GIF or JPEG within the size limit. Pure. */
export function checkLogo(data: Buffer, setting: LogoSetting, source: string): SiteLogo {
  const f: Fields = new Fields(source);
  if (data.length > MAX_LOGO_BYTES) f.fail('logo', `must be at most ${MAX_LOGO_BYTES / 1024} KiB`, `${Math.ceil(data.length / 1024)} KiB in ${setting.file}`);
  const kind = LOGO_TYPES.find((t) => t.magic(data));
  if (!kind) {
    const svg = /<svg[\s>]/i.test(data.subarray(0, 2048).toString('utf8'));
    f.fail(
      'logo',
      svg
        ? 'must be a PNG, GIF or JPEG image: SVG is not accepted (old browsers cannot show it, and it can carry script)'
        : 'must be a PNG, GIF or JPEG image',
      setting.file,
    );
  }
  return { url: `/site/logo.${kind.ext}`, contentType: kind.type, data, height: setting.height, file: setting.file };
}

/** Read and validate the site configuration file and its logo. Throws ConfigError naming the file and the field. */
export function loadSiteConfig(file: string | null): SiteConfig {
  if (file === null) return DEFAULT_SITE;
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new ConfigError(`TLSTEST_CONFIG ${file}: is not a file`);
    if (stat.size > MAX_SITE_FILE_BYTES) throw new ConfigError(`TLSTEST_CONFIG ${file}: is larger than ${MAX_SITE_FILE_BYTES / 1024} KiB`);
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError(`TLSTEST_CONFIG ${file}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const parsed = parseSiteConfig(parseSiteText(text, file), file, path.dirname(file));
  let logo: SiteLogo | null = null;
  if (parsed.logo) {
    let data: Buffer;
    try {
      const stat = fs.statSync(parsed.logo.file);
      if (stat.size > MAX_LOGO_BYTES) {
        throw new ConfigError(`TLSTEST_CONFIG ${file}: logo must be at most ${MAX_LOGO_BYTES / 1024} KiB (got ${Math.ceil(stat.size / 1024)} KiB in ${parsed.logo.file})`);
      }
      data = fs.readFileSync(parsed.logo.file);
    } catch (err) {
      if (err instanceof ConfigError) throw err;
      throw new ConfigError(`TLSTEST_CONFIG ${file}: logo: cannot read ${parsed.logo.file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    logo = checkLogo(data, parsed.logo, file);
  }
  return { ...parsed, logo };
}
