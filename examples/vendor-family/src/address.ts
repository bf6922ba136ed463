/**
 * The AF_XDP sockaddr codec. struct sockaddr_xdp names an interface queue:
 * `[ifindex, queueId, flags, sharedUmemFd]`, where `flags` are the
 * XDP_SHARED_UMEM / XDP_COPY / XDP_ZEROCOPY / XDP_USE_NEED_WAKEUP bits and
 * `sharedUmemFd` the socket whose UMEM this one shares (with
 * XDP_SHARED_UMEM). The last two may be left out when binding (0).
 */
import { invalidArgType, invalidArgValue, osError, validateInteger, validateUint32, type AddressContext } from '@sock/core';
import { allocSockaddr, StructCodec } from '@sock/core/family';
import { AF_XDP } from './constants.generated.js';
import { addon } from './native.js';

/** What decode returns. */
export type XdpAddress = [ifindex: number, queueId: number, flags: number, sharedUmemFd: number];
/** What encode takes: the flags and the shared UMEM fd default to 0. */
export type XdpAddressInput =
  | readonly [ifindex: number, queueId: number]
  | readonly [ifindex: number, queueId: number, flags: number]
  | readonly [ifindex: number, queueId: number, flags: number, sharedUmemFd: number];

const FIELDS = ['family', 'flags', 'ifindex', 'queueId', 'sharedUmemFd'] as const;
const layout = addon.layout.sockaddrXdp;
const codec = layout ? new StructCodec(layout, FIELDS) : undefined;

function requireCodec(): StructCodec<(typeof FIELDS)[number]> {
  if (!codec || AF_XDP === undefined) throw osError("this platform's headers define no AF_XDP");
  return codec;
}

/** Encodes an address tuple into a struct sockaddr_xdp. */
export function encodeXdpAddress(address: unknown, _ctx?: AddressContext): Buffer {
  if (!Array.isArray(address)) throw invalidArgType('address', 'a tuple [ifindex, queueId, flags?, sharedUmemFd?]', address);
  if (address.length < 2 || address.length > 4) {
    throw invalidArgValue('address', address, 'must have 2 to 4 items: [ifindex, queueId, flags?, sharedUmemFd?]');
  }
  const c = requireCodec();
  const [ifindex, queueId, flags = 0, sharedUmemFd = 0] = address as unknown[];
  validateUint32(ifindex, 'ifindex');
  validateUint32(queueId, 'queueId');
  validateInteger(flags, 'flags', 0, 0xffff);
  validateUint32(sharedUmemFd, 'sharedUmemFd');
  const buf = allocSockaddr(c.size, AF_XDP);
  const packed = c.pack({ flags: flags as number, ifindex: ifindex as number, queueId: queueId as number, sharedUmemFd: sharedUmemFd as number });
  buf.set(packed.subarray(2), 2);
  return buf;
}

/**
 * Decodes the bytes of a struct sockaddr_xdp; members the kernel cut off
 * read as 0, as CPython reads a short sockaddr of a family it knows.
 */
export function decodeXdpAddress(bytes: Uint8Array, _ctx?: AddressContext): XdpAddress {
  const v = requireCodec().unpack(bytes);
  return [Number(v.ifindex ?? 0), Number(v.queueId ?? 0), Number(v.flags ?? 0), Number(v.sharedUmemFd ?? 0)];
}
