/**
 * The AF_INET and AF_INET6 address codecs (CPython's getsockaddrarg and
 * makesockaddr for the inet families).
 *
 * AF_INET takes `[host, port]`; AF_INET6 takes `[host, port, flowinfo?,
 * scopeId?]` and always gives back the 4-tuple. Python's choices kept here:
 * port outside 0..65535 and flowinfo above 0xfffff are range errors carrying
 * CPython's "<caller>(): port must be 0-65535." text; hosts are resolved
 * (see setipaddr.ts); decoded hosts are inet_ntop text without '%scope'.
 * One difference: a '%iface' suffix sets the scope id when the tuple gives
 * none, where CPython overwrites it with the tuple's default 0 (which makes
 * a scoped link-local address unusable without an explicit scopeId).
 */
import { types } from 'node:util';
import { invalidArgType, invalidArgValue, validateInteger, type AddressContext } from '@sock/core';
import { AF_INET, AF_INET6 } from './constants.js';
import { overflowError } from './errors.js';
import { addressHost, type HostName } from './host.js';
import { formatIpv4, formatIpv6 } from './ntop.js';
import { setipaddr, setipaddrSync } from './setipaddr.js';
import { familyOf, packIn, packIn6, unpackIn, unpackIn6 } from './sockaddr.js';

export type Inet4Address = [host: string, port: number];
export type Inet6Address = [host: string, port: number, flowinfo: number, scopeId: number];
/** What AF_INET6 accepts: the scope id and flowinfo may be left out. */
export type Inet6AddressInput =
  | [host: string | Uint8Array, port: number]
  | [host: string | Uint8Array, port: number, flowinfo: number]
  | [host: string | Uint8Array, port: number, flowinfo: number, scopeId: number];
export type InetAddress = Inet4Address | Inet6Address;
/** What AF_INET accepts: the host as text (a name, '' or '<broadcast>') or bytes. */
export type Inet4AddressInput = readonly [host: string | Uint8Array, port: number];

declare module '@sock/core' {
  interface AddressTypes {
    AF_INET: { address: Inet4Address; input: Inet4AddressInput };
    AF_INET6: { address: Inet6Address; input: Readonly<Inet6AddressInput> };
  }
}

interface Parsed {
  host: HostName;
  port: number;
  flowinfo: number;
  /** undefined when the tuple gave none */
  scopeId: number | undefined;
}

function integer(value: unknown, name: string): number {
  return validateInteger(value, name, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
}

function parsePort(value: unknown, caller: string): number {
  const port = integer(value, 'port');
  if (port < 0 || port > 0xffff) throw overflowError('port', '>= 0 && <= 65535', port, `${caller}(): port must be 0-65535.`);
  return port;
}

function parse(address: unknown, family: number, caller: string): Parsed {
  const v6 = family === AF_INET6;
  const shape = v6 ? 'an array [host, port, flowinfo?, scopeId?]' : 'an array [host, port]';
  if (types.isProxy(address) || !Array.isArray(address)) {
    throw invalidArgType('address', `${shape} (${caller}(): ${v6 ? 'AF_INET6' : 'AF_INET'} address must be tuple)`, address);
  }
  if (v6 ? address.length < 2 || address.length > 4 : address.length !== 2) {
    const python = v6 ? 'AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])' : 'AF_INET address must be a pair (host, port)';
    throw invalidArgValue('address', `[${address.length} items]`, `must be ${shape} (${python})`);
  }
  const host = addressHost(address[0]);
  const port = parsePort(address[1], caller);
  let flowinfo = 0;
  let scopeId: number | undefined;
  if (address.length > 2) {
    flowinfo = integer(address[2], 'flowinfo');
    if (flowinfo < 0 || flowinfo > 0xfffff) {
      throw overflowError('flowinfo', '>= 0 && <= 1048575', flowinfo, `${caller}(): flowinfo must be 0-1048575.`);
    }
  }
  if (address.length > 3) scopeId = validateInteger(address[3], 'scopeId', 0, 0xffffffff);
  return { host, port, flowinfo, scopeId };
}

function build(family: number, resolved: Buffer, p: Parsed): Buffer {
  if (family === AF_INET) return packIn(unpackIn(resolved).addr, p.port);
  const r = unpackIn6(resolved);
  return packIn6(r.addr, p.port, p.flowinfo, p.scopeId ?? r.scopeId);
}

/** sockaddr bytes for an address of `family`; resolves host names, blocking the caller. */
export function encodeInet(address: unknown, family: number, ctx: Pick<AddressContext, 'caller'>): Buffer {
  const p = parse(address, family, ctx.caller);
  return build(family, setipaddrSync(p.host, family), p);
}

/** As encodeInet, resolving host names off the event loop. */
export async function encodeInetAsync(address: unknown, family: number, ctx: Pick<AddressContext, 'caller'>): Promise<Buffer> {
  const p = parse(address, family, ctx.caller);
  return build(family, await setipaddr(p.host, family), p);
}

export function decodeIn(bytes: Uint8Array): Inet4Address {
  const { addr, port } = unpackIn(bytes);
  return [formatIpv4(addr), port];
}

export function decodeIn6(bytes: Uint8Array): Inet6Address {
  const { addr, port, flowinfo, scopeId } = unpackIn6(bytes);
  return [formatIpv6(addr), port, flowinfo, scopeId];
}

/**
 * The address tuple of a sockaddr: by its own sa_family when that is
 * AF_INET or AF_INET6, else as `family`'s struct. Short input is read as if
 * zero-padded.
 */
export function decodeInet(bytes: Uint8Array, family: number): InetAddress {
  const sa = familyOf(bytes);
  const f = sa === AF_INET || sa === AF_INET6 ? sa : family;
  return f === AF_INET6 ? decodeIn6(bytes) : decodeIn(bytes);
}
