/**
 * The typed surface of the inet addon (native/*.cc).
 *
 * Conventions every entry point keeps:
 * - No entry point throws for an OS or resolver error: libc failures come back
 *   as `-errno`, `null` (inet_pton/inet_aton refusing a string, a service not
 *   found), `{ code, errno }` (getaddrinfo/getnameinfo: the EAI_* code and,
 *   for EAI_SYSTEM, the errno) or `{ herrno }` (gethostbyname/gethostbyaddr).
 * - Wrong argument types, embedded NULs and wrong lengths throw a coded
 *   TypeError/RangeError from C++ itself; TS validates first.
 * - The `...Sync` resolver entries block the calling thread; their async
 *   twins run on libuv's threadpool and resolve on the caller's event loop.
 */
import { loadAddon } from '@sock/core/family';

/** [family, type, proto, canonname, sockaddr bytes] */
export type RawAddrinfo = [family: number, type: number, proto: number, canonname: string, sockaddr: Buffer];
export interface GaiFailure {
  code: number;
  errno: number;
}
/** [h_name, h_aliases, h_addrtype, h_addr_list] */
export type RawHostent = [name: string, aliases: string[], addrtype: number, addrs: Buffer[]];
export interface HostFailure {
  herrno: number;
}

type Host = string | Uint8Array | null;

/** [offset, size, bit shift, bit width] of a struct tcp_info field; shift/width 0 for whole fields. */
export type TcpInfoField = [offset: number, size: number, shift: number, width: number];

interface SockaddrLayout {
  size: number;
  family: number;
  familySize: number;
  port: number;
  addr: number;
  /** offset of sin_len/sin6_len where the platform has one, else -1 */
  len: number;
}

export interface InetLayout {
  sockaddrIn: SockaddrLayout;
  sockaddrIn6: SockaddrLayout & { flowinfo: number; scopeId: number };
  ipMreq: { size: number; multiaddr: number; interface: number };
  ipMreqn?: { size: number; multiaddr: number; address: number; ifindex: number };
  ipMreqSource?: { size: number; multiaddr: number; interface: number; sourceaddr: number };
  ipv6Mreq: { size: number; multiaddr: number; interface: number };
  linger: { size: number; onoff: number; linger: number; fieldSize: number };
  tcpInfo: { size: number; fields: Record<string, TcpInfoField> } | null;
}

export interface InetBinding {
  readonly constants: Readonly<Record<string, number>>;
  readonly layout: InetLayout;

  /** inet_aton(3): 4 bytes or null. */
  inetAton(text: string): Buffer | null;
  /** inet_pton(3): 4/16 bytes, null for an invalid string, -errno for a bad family. */
  inetPton(af: number, text: string): Buffer | null | number;
  /** inet_ntop(3) of 4 or 16 bytes; -EAFNOSUPPORT for other families. */
  inetNtop(af: number, packed: ArrayBufferView): string | number;
  gethostname(): string | number;
  sethostname(name: ArrayBufferView): number;
  /** The port in host order, or -1. */
  getservbyname(name: string, proto: string | null): number;
  getservbyport(port: number, proto: string | null): string | null;
  /** The protocol number, or -1. */
  getprotobyname(name: string): number;
  gaiStrerror(code: number): string;
  hstrerror(code: number): string;

  getaddrinfoSync(host: Host, port: Host, family: number, type: number, proto: number, flags: number): RawAddrinfo[] | GaiFailure;
  getaddrinfo(host: Host, port: Host, family: number, type: number, proto: number, flags: number): Promise<RawAddrinfo[] | GaiFailure>;
  getnameinfoSync(sockaddr: ArrayBufferView, flags: number): [string, string] | GaiFailure;
  getnameinfo(sockaddr: ArrayBufferView, flags: number): Promise<[string, string] | GaiFailure>;
  gethostbynameSync(name: string | Uint8Array): RawHostent | HostFailure;
  gethostbyname(name: string | Uint8Array): Promise<RawHostent | HostFailure>;
  gethostbyaddrSync(addr: ArrayBufferView, af: number): RawHostent | HostFailure;
  gethostbyaddr(addr: ArrayBufferView, af: number): Promise<RawHostent | HostFailure>;
}

/** The addon, loaded once at import (see loadAddon in @sock/core/family). */
export const addon: InetBinding = loadAddon<InetBinding>('@sock/inet', import.meta.url);
/** The same binding under its older name. */
export const native: InetBinding = addon;
