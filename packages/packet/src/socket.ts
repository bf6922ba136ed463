/** Opening AF_PACKET sockets the way packet tools need them. */
import { endianness } from 'node:os';
import { invalidArgType, Socket, SOCK_RAW, validateInteger } from '@sock/core';
import { bindSockaddr } from '@sock/core/family';
import { packSockaddrLl } from './address.js';
import { attachFilter, type BpfInstruction } from './bpf.js';
import { AF_PACKET } from './constants.js';
import { ETH_P_ALL } from './constants.js';

const LE = endianness() === 'LE';

/**
 * The `proto` socket(2) takes for an ethertype: htons(ethertype). Python
 * code writes `socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL))`; this is that
 * htons, so @sock/packet needs no other family package.
 */
export function socketProtocol(ethertype: number): number {
  validateInteger(ethertype, 'ethertype', 0, 0xffff);
  return LE ? ((ethertype & 0xff) << 8) | (ethertype >>> 8) : ethertype;
}

export interface PacketSocketOptions {
  /** Receive only from this interface (bind to it). */
  readonly ifname?: string | undefined;
  /** A classic BPF program attached before the socket receives its first frame. */
  readonly filter?: readonly BpfInstruction[] | undefined;
}

/** socket(AF_PACKET, ...): a failure carries the family's hint (CAP_NET_RAW), from its plugin. */
function open(type: number, proto: number): Socket<'AF_PACKET'> {
  return new Socket(AF_PACKET, type, proto);
}

/** bind(2) to every interface for `ethertype`: sll_ifindex 0, which an address tuple cannot express. */
function bindAllInterfaces(sock: Socket, ethertype: number): void {
  bindSockaddr(sock, packSockaddrLl(0, ethertype));
}

/**
 * Opens an AF_PACKET socket: `type` SOCK_RAW (frames with their link-layer
 * header) or SOCK_DGRAM (the kernel strips and builds the header), receiving
 * frames of `ethertype` (host order; ETH_P_ALL for every protocol).
 *
 * Without options it is socket(AF_PACKET, type, htons(ethertype)), as Python
 * code writes it, and receives from every interface at once. With `ifname`
 * or `filter` it is a composite: the socket is opened with proto 0, which
 * receives nothing, the filter is attached, and only then is the socket
 * bound to `[ifname, ethertype]` (or to every interface), so no frame from
 * another interface or that the filter rejects slips in first. Its `proto`
 * property then reads 0; getsockname() tells the bound protocol.
 *
 * Needs CAP_NET_RAW: without it this throws PermissionError (EPERM) whose
 * message says so.
 */
export function packetSocket(type: number = SOCK_RAW, ethertype: number = ETH_P_ALL, options: PacketSocketOptions = {}): Socket<'AF_PACKET'> {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'an object', options);
  const { ifname, filter } = options;
  if (ifname === undefined && filter === undefined) return open(type, socketProtocol(ethertype));
  validateInteger(ethertype, 'ethertype', 0, 0xffff);
  if (ifname !== undefined && typeof ifname !== 'string') throw invalidArgType('options.ifname', 'of type string', ifname);
  const sock = open(type, 0);
  try {
    if (filter !== undefined) attachFilter(sock, filter);
    if (ifname !== undefined) sock.bind([ifname, ethertype]);
    else bindAllInterfaces(sock, ethertype);
  } catch (err) {
    sock.close();
    throw err;
  }
  return sock;
}
