/**
 * getaddrinfo and getnameinfo, in Python's shapes. The default forms never
 * block the event loop (libuv's threadpool does the lookup); the `...Sync`
 * forms block the calling thread, as Python's do.
 */
import { types } from 'node:util';
import { AF_UNSPEC, SOCK_DGRAM, invalidArgType, invalidArgValue, osError, toBytes, validateInt32, validateInteger, validateObject } from '@sock/core';
import { decodeInet, type InetAddress } from './address.js';
import { AF_INET, AF_INET6, AI_NUMERICHOST } from './constants.js';
import { gaiError, isGaiFailure, overflowError } from './errors.js';
import { resolverHost, type HostName } from './host.js';
import { native, type GaiFailure, type RawAddrinfo } from './native.js';
import { familyOf, withFlowScope } from './sockaddr.js';

/** `[family, type, proto, canonname, sockaddr]`; canonname is '' unless AI_CANONNAME asked for it. */
export type AddrinfoEntry = [family: number, type: number, proto: number, canonname: string, sockaddr: InetAddress | [number, Buffer]];

export interface AddrinfoHints {
  family?: number;
  type?: number;
  proto?: number;
  flags?: number;
}

const LONE_SURROGATE = /\p{Cs}/u;

type Port = string | number | bigint | Uint8Array | null | undefined;
type HostArg = string | Uint8Array | null | undefined;

interface Query {
  host: HostName | null;
  port: HostName | null;
  family: number;
  type: number;
  proto: number;
  flags: number;
}

/** Python's port argument: an int becomes its decimal text (no range check), a str its UTF-8 bytes. */
function portArg(value: Port): HostName | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw osError('Int or String expected');
    return String(value);
  }
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) throw invalidArgValue('port', value, "could not be encoded as UTF-8 ('utf-8' codec can't encode: surrogates not allowed)");
    if (value.includes('\0')) throw invalidArgValue('port', value, 'must not contain null characters');
    return value;
  }
  if (!types.isProxy(value) && value instanceof Uint8Array) {
    value = toBytes(value, 'port');
    if (value.includes(0)) throw invalidArgValue('port', value, 'must not contain null bytes');
    return Buffer.from(value);
  }
  throw osError('Int or String expected');
}

function query(host: unknown, port: Port, rest: unknown[]): Query {
  let hints: AddrinfoHints;
  if (rest.length === 1 && typeof rest[0] === 'object' && rest[0] !== null) hints = validateObject<AddrinfoHints>(rest[0], 'hints', 'an object of hints');
  else hints = { family: rest[0] as number, type: rest[1] as number, proto: rest[2] as number, flags: rest[3] as number };
  return {
    host: resolverHost(host, 'host', 'getaddrinfo', true),
    port: portArg(port),
    family: validateInt32(hints.family ?? 0, 'family'),
    type: validateInt32(hints.type ?? 0, 'type'),
    proto: validateInt32(hints.proto ?? 0, 'proto'),
    flags: validateInt32(hints.flags ?? 0, 'flags'),
  };
}

/** Python's output for a sockaddr of a family this package does not decode: `[sa_family, sa_data]`. */
function decodeAny(sa: Buffer): InetAddress | [number, Buffer] {
  const family = familyOf(sa);
  if (family === AF_INET || family === AF_INET6) return decodeInet(sa, family);
  return [family ?? 0, Buffer.from(sa.subarray(2, 16))];
}

function entries(result: RawAddrinfo[] | GaiFailure): AddrinfoEntry[] {
  if (isGaiFailure(result)) throw gaiError(result);
  return result.map(([family, type, proto, canon, sa]) => [family, type, proto, canon, decodeAny(sa)]);
}

/**
 * Wraps `getaddrinfo(3)`: `getaddrinfo(host, port, family?, type?, proto?,
 * flags?)` or `getaddrinfo(host, port, { family, type, proto, flags })`.
 * `host` null with AI_PASSIVE gives the wildcard addresses; a numeric port
 * is passed as text without a range check (as Python). Failures are
 * gaierror with the EAI_* code. Runs on libuv's threadpool.
 */
export function getaddrinfo(host: HostArg, port: Port, hints?: AddrinfoHints): Promise<AddrinfoEntry[]>;
export function getaddrinfo(host: HostArg, port: Port, family?: number, type?: number, proto?: number, flags?: number): Promise<AddrinfoEntry[]>;
export async function getaddrinfo(host: HostArg, port: Port, ...hints: unknown[]): Promise<AddrinfoEntry[]> {
  const q = query(host, port, hints);
  return entries(await native.getaddrinfo(q.host, q.port, q.family, q.type, q.proto, q.flags));
}

/** As getaddrinfo, blocking the calling thread. */
export function getaddrinfoSync(host: HostArg, port: Port, hints?: AddrinfoHints): AddrinfoEntry[];
export function getaddrinfoSync(host: HostArg, port: Port, family?: number, type?: number, proto?: number, flags?: number): AddrinfoEntry[];
export function getaddrinfoSync(host: HostArg, port: Port, ...hints: unknown[]): AddrinfoEntry[] {
  const q = query(host, port, hints);
  return entries(native.getaddrinfoSync(q.host, q.port, q.family, q.type, q.proto, q.flags));
}

/**
 * CPython's getnameinfo first step: the tuple's host must be a numeric
 * address (getaddrinfo with AI_NUMERICHOST, which never blocks); exactly one
 * result; an IPv4 result needs a 2-tuple; IPv6 takes flowinfo and scope id
 * from the tuple.
 */
function nameinfoSockaddr(sockaddr: unknown, flags: unknown): { sa: Buffer; flags: number } {
  if (types.isProxy(sockaddr) || !Array.isArray(sockaddr)) {
    throw invalidArgType('sockaddr', 'an array [host, port, flowinfo?, scopeId?] (getnameinfo() argument 1 must be a tuple)', sockaddr);
  }
  const [host, port, flow = 0, scope = 0] = sockaddr as unknown[];
  if (sockaddr.length < 2 || sockaddr.length > 4 || typeof host !== 'string') {
    throw invalidArgType('sockaddr', 'an array [host: string, port: number, flowinfo?, scopeId?] (getnameinfo(): illegal sockaddr argument)', sockaddr);
  }
  const portNumber = validateInt32(port, 'port');
  const flowinfo = validateInteger(flow, 'flowinfo', 0, 0xffffffff);
  if (flowinfo > 0xfffff) throw overflowError('flowinfo', '>= 0 && <= 1048575', flowinfo, 'getnameinfo(): flowinfo must be 0-1048575.');
  const scopeId = validateInteger(scope, 'scopeId', 0, 0xffffffff);
  const f = validateInt32(flags, 'flags');
  const hostArg = resolverHost(host, 'host', 'getnameinfo', false)!;
  const result = native.getaddrinfoSync(hostArg, String(portNumber), AF_UNSPEC, SOCK_DGRAM, 0, AI_NUMERICHOST);
  if (isGaiFailure(result)) throw gaiError(result);
  if (result.length !== 1) throw osError('sockaddr resolved to multiple addresses');
  const [family, , , , sa] = result[0]!;
  if (family === AF_INET) {
    if (sockaddr.length !== 2) throw osError('IPv4 sockaddr must be 2 tuple');
    return { sa, flags: f };
  }
  if (family === AF_INET6) return { sa: withFlowScope(sa, flowinfo, scopeId), flags: f };
  return { sa, flags: f };
}

function pair(result: [string, string] | GaiFailure): [host: string, port: string] {
  if (isGaiFailure(result)) throw gaiError(result, 'getnameinfo');
  return result;
}

/**
 * Wraps `getnameinfo(3)`: `[host, port]` for a numeric `[host, port, ...]`
 * and NI_* flags. IPv6 hosts carry their '%scope'. Runs on libuv's threadpool.
 */
export async function getnameinfo(sockaddr: readonly unknown[], flags: number): Promise<[host: string, port: string]> {
  const { sa, flags: f } = nameinfoSockaddr(sockaddr, flags);
  return pair(await native.getnameinfo(sa, f));
}

/** As getnameinfo, blocking the calling thread. */
export function getnameinfoSync(sockaddr: readonly unknown[], flags: number): [host: string, port: string] {
  const { sa, flags: f } = nameinfoSockaddr(sockaddr, flags);
  return pair(native.getnameinfoSync(sa, f));
}
