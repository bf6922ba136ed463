/**
 * The host database: gethostbyname, gethostbyname_ex, gethostbyaddr and
 * getfqdn (each async by default, resolving off the event loop, with a
 * blocking `...Sync` twin), gethostname and sethostname.
 *
 * What Python does that a reader may not expect: gethostbyname_ex first
 * resolves the name with getaddrinfo (so an unknown name is a gaierror) and
 * only then asks gethostbyname(3) (whose failure is an herror); gethostbyaddr
 * accepts a host name too, resolving it first; gethostbyname('') is
 * '0.0.0.0'.
 */
import { AF_UNSPEC, errno as E, fromErrno, invalidArgType, OSError, osError } from '@sock/core';
import { AF_INET, AF_INET6 } from './constants.js';
import { hostError, isHostFailure } from './errors.js';
import { resolverHost } from './host.js';
import { native, type HostFailure, type RawHostent } from './native.js';
import { formatIpv4, formatIpv6 } from './ntop.js';
import { setipaddr, setipaddrSync } from './setipaddr.js';
import { familyOf, unpackIn, unpackIn6 } from './sockaddr.js';

/** `[hostname, aliaslist, ipaddrlist]` */
export type HostEntry = [hostname: string, aliases: string[], addresses: string[]];

/** CPython's gethost_common: the hostent of family `af` as strings. */
function hostEntry(result: RawHostent | HostFailure, af: number, syscall: string): HostEntry {
  if (isHostFailure(result)) throw hostError(result, syscall);
  const [name, aliases, addrtype, addrs] = result;
  if (addrtype !== af) throw fromErrno(E.EAFNOSUPPORT!, syscall);
  const format = af === AF_INET6 ? formatIpv6 : formatIpv4;
  return [name, aliases, addrs.map((a) => format(a))];
}

function ipv4Of(sa: Buffer): string {
  return formatIpv4(unpackIn(sa).addr);
}

/** Python's `gethostbyname(hostname)`: the first IPv4 address as text. Resolves off the event loop. */
export async function gethostbyname(hostname: string | Uint8Array): Promise<string> {
  return ipv4Of(await setipaddr(resolverHost(hostname, 'hostname', 'gethostbyname', false)!, AF_INET));
}

export function gethostbynameSync(hostname: string | Uint8Array): string {
  return ipv4Of(setipaddrSync(resolverHost(hostname, 'hostname', 'gethostbyname', false)!, AF_INET));
}

/** Python's `gethostbyname_ex(hostname)`: `[name, aliases, ipv4 addresses]` from gethostbyname(3). */
export async function gethostbynameEx(hostname: string | Uint8Array): Promise<HostEntry> {
  const host = resolverHost(hostname, 'hostname', 'gethostbyname_ex', false)!;
  await setipaddr(host, AF_INET);
  return hostEntry(await native.gethostbyname(host), AF_INET, 'gethostbyname_ex');
}

export function gethostbynameExSync(hostname: string | Uint8Array): HostEntry {
  const host = resolverHost(hostname, 'hostname', 'gethostbyname_ex', false)!;
  setipaddrSync(host, AF_INET);
  return hostEntry(native.gethostbynameSync(host), AF_INET, 'gethostbyname_ex');
}

function addressOf(sa: Buffer): { addr: Buffer; af: number } {
  const af = familyOf(sa);
  if (af === AF_INET) return { addr: unpackIn(sa).addr, af };
  if (af === AF_INET6) return { addr: unpackIn6(sa).addr, af };
  throw osError('unsupported address family');
}

/** Python's `gethostbyaddr(ip_address)`: `[name, aliases, addresses]` from gethostbyaddr(3). */
export async function gethostbyaddr(ipAddress: string | Uint8Array): Promise<HostEntry> {
  const host = resolverHost(ipAddress, 'ip_address', 'gethostbyaddr', false)!;
  const { addr, af } = addressOf(await setipaddr(host, AF_UNSPEC));
  return hostEntry(await native.gethostbyaddr(addr, af), af, 'gethostbyaddr');
}

export function gethostbyaddrSync(ipAddress: string | Uint8Array): HostEntry {
  const host = resolverHost(ipAddress, 'ip_address', 'gethostbyaddr', false)!;
  const { addr, af } = addressOf(setipaddrSync(host, AF_UNSPEC));
  return hostEntry(native.gethostbyaddrSync(addr, af), af, 'gethostbyaddr');
}

/** Wraps `gethostname(2)`. */
export function gethostname(): string {
  const r = native.gethostname();
  if (typeof r === 'number') throw fromErrno(r, 'gethostname');
  return r;
}

/** Wraps `sethostname(2)` (needs CAP_SYS_ADMIN in the UTS namespace: PermissionError otherwise). */
export function sethostname(name: string | Uint8Array): void {
  let bytes: Buffer;
  if (typeof name === 'string') bytes = Buffer.from(name, 'utf8');
  else if (name instanceof Uint8Array) bytes = Buffer.from(name);
  else throw invalidArgType('name', 'of type string or an instance of Buffer', name);
  const r = native.sethostname(bytes);
  if (r < 0) throw fromErrno(r, 'sethostname');
}

function fqdnName(name: string): string {
  if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
  const n = name.trim();
  return n === '' || n === '0.0.0.0' || n === '::' ? gethostname() : n;
}

function pickFqdn(entry: HostEntry): string {
  const [hostname, aliases] = entry;
  return [hostname, ...aliases].find((n) => n.includes('.')) ?? hostname;
}

/**
 * Python's `getfqdn(name='')` (a composite): gethostbyaddr(name) and the
 * first of its name and aliases that contains a dot, else its name; any
 * OSError from the lookup gives back `name` unchanged.
 */
export async function getfqdn(name = ''): Promise<string> {
  const n = fqdnName(name);
  try {
    return pickFqdn(await gethostbyaddr(n));
  } catch (err) {
    if (err instanceof OSError) return n;
    throw err;
  }
}

export function getfqdnSync(name = ''): string {
  const n = fqdnName(name);
  try {
    return pickFqdn(gethostbyaddrSync(n));
  } catch (err) {
    if (err instanceof OSError) return n;
    throw err;
  }
}
