/**
 * Parsing `sock` addresses: `KIND:REST[,OPTION[=VALUE]]...`. The syntax is
 * checked here, without loading any family; names that only a family's
 * constants know (netlink protocols and groups, ethertypes, vsock CIDs) are
 * resolved when the socket is opened (open.ts). Every mistake is a usage
 * error (exit 2) that quotes the address and says what was expected.
 */
import { usage } from './errors.js';
import { KINDS, type KindSpec } from './kinds.js';

export interface SockoptSpec {
  readonly level: string;
  readonly name: string;
  /** An integer, or bytes (written `hex:0a0b...`). */
  readonly value: number | Buffer;
}

export interface AddressOptions {
  reuseaddr: boolean;
  reuseport: boolean;
  /** The local address, in the kind's own syntax (`,bind=127.0.0.1:5000`). */
  bind?: string;
  setsockopt: SockoptSpec[];
  /** relay: this end listens (accepts one connection, or receives datagrams). */
  listen: boolean;
  /** relay/listen: accept connections one after another, each relayed in turn. */
  fork: boolean;
  /** SOCK_* label overriding the kind's default ('dgram', 'seqpacket', 'rdm'). */
  type?: string;
}

export interface AddressSpec {
  /** What the user wrote. */
  readonly text: string;
  readonly kind: KindSpec;
  /** REST: the part after `KIND:`, without options. */
  readonly rest: string;
  readonly options: AddressOptions;
}

const OPTION_NAMES = ['reuseaddr', 'reuseport', 'bind', 'setsockopt', 'listen', 'fork', 'type'];

/** Splits on commas outside brackets; `\,` is a literal comma (a path that has one). */
export function splitOptions(text: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === ',') {
      cur += ',';
      i++;
    } else if (c === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else {
      if (c === '[') depth++;
      if (c === ']' && depth > 0) depth--;
      cur += c;
    }
  }
  parts.push(cur);
  return parts;
}

/** An integer written in decimal or 0x hex, within [min, max]. */
export function parseInteger(text: string, what: string, address: string, min = 0, max = 0xffffffff, hex = false): number {
  const t = text.trim();
  const ok = hex ? /^(0x)?[0-9a-f]+$/i.test(t) : /^(0x[0-9a-f]+|\d+)$/i.test(t);
  const n = ok ? Number(hex && !/^0x/i.test(t) ? `0x${t}` : t) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = hex ? `hex ${min.toString(16)}..${max.toString(16)}` : `${min}..${max}`;
    throw badAddress(address, `${what} must be ${hex ? 'a hex number' : 'a number'} in ${range}, not ${JSON.stringify(text)}`);
  }
  return n;
}

export function badAddress(address: string, why: string): Error {
  return usage(`bad address ${JSON.stringify(address)}: ${why}`);
}

function parseSockopt(value: string, address: string): SockoptSpec {
  const m = /^([A-Za-z_][A-Za-z0-9_]*):([A-Za-z_][A-Za-z0-9_]*):(.+)$/.exec(value);
  if (!m) throw badAddress(address, `setsockopt takes LEVEL:NAME:VALUE (SOL_SOCKET:SO_RCVBUF:65536), not ${JSON.stringify(value)}`);
  const raw = m[3]!;
  if (/^hex:/i.test(raw)) {
    const hex = raw.slice(4);
    if (!/^([0-9a-f]{2})*$/i.test(hex)) throw badAddress(address, `setsockopt value ${JSON.stringify(raw)} is not an even number of hex digits`);
    return { level: m[1]!, name: m[2]!, value: Buffer.from(hex, 'hex') };
  }
  const neg = raw.startsWith('-');
  const n = parseInteger(neg ? raw.slice(1) : raw, 'setsockopt value', address, 0, 2 ** 31);
  if (n > (neg ? 2 ** 31 : 2 ** 31 - 1)) throw badAddress(address, `setsockopt value ${raw} does not fit a C int`);
  return { level: m[1]!, name: m[2]!, value: neg ? -n : n };
}

function parseOptions(parts: readonly string[], address: string, kind: KindSpec): AddressOptions {
  const options: AddressOptions = { reuseaddr: false, reuseport: false, setsockopt: [], listen: false, fork: false };
  for (const part of parts) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    const value = eq < 0 ? undefined : part.slice(eq + 1);
    if (!OPTION_NAMES.includes(name)) throw badAddress(address, `unknown option ${JSON.stringify(name)} (options: ${OPTION_NAMES.join(', ')})`);
    const takesValue = name === 'bind' || name === 'setsockopt' || name === 'type';
    if (takesValue && (value === undefined || value === '')) throw badAddress(address, `option ${name} needs a value (${name}=...)`);
    if (!takesValue && value !== undefined) throw badAddress(address, `option ${name} takes no value`);
    switch (name) {
      case 'reuseaddr':
      case 'reuseport':
      case 'listen':
      case 'fork':
        options[name] = true;
        break;
      case 'bind':
        options.bind = value!;
        break;
      case 'setsockopt':
        options.setsockopt.push(parseSockopt(value!, address));
        break;
      case 'type':
        if (!(value! in kind.types)) throw badAddress(address, `${kind.name}: type must be one of ${Object.keys(kind.types).join(', ')}, not ${JSON.stringify(value)}`);
        options.type = value!;
        break;
    }
  }
  if (options.fork && !options.listen) options.listen = true;
  return options;
}

/** Parses an address; the kind's own syntax is checked by its `check`. */
export function parseAddress(text: string): AddressSpec {
  if (typeof text !== 'string' || text === '') throw usage('an address is required (tcp:HOST:PORT, unix:PATH, can:vcan0, ... see sock --help)');
  const [head, ...opts] = splitOptions(text);
  const colon = head!.indexOf(':');
  const name = (colon < 0 ? head! : head!.slice(0, colon)).toLowerCase();
  const kind = KINDS.find((k) => k.name === name);
  if (kind === undefined) {
    throw badAddress(text, `unknown kind ${JSON.stringify(name)}; kinds: ${KINDS.map((k) => k.name).join(', ')}`);
  }
  if (colon < 0) throw badAddress(text, `${kind.name} takes ${kind.syntax}`);
  const rest = head!.slice(colon + 1);
  const options = parseOptions(opts, text, kind);
  kind.check(rest, text);
  if (options.bind !== undefined) kind.checkLocal(options.bind, text);
  return { text, kind, rest, options };
}
