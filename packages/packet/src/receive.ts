/**
 * Receiving a frame together with its PACKET_AUXDATA item. A composite of
 * one recvmsg(2) through core's I/O path (so it honours the socket's
 * timeout mode and an AbortSignal) and the decoding of its ancillary data.
 *
 * Why not `sock.recvmsg(n, AUXDATA_SPACE)`: core adds MSG_CMSG_CLOEXEC to
 * every recvmsg that has a control buffer (so that fds passed over AF_UNIX
 * arrive close-on-exec), and AF_PACKET's recvmsg refuses any flag it does
 * not know with EINVAL. Packet sockets never carry fds, so this call leaves
 * the flag out.
 */
import {
  callAsync,
  callSync,
  decodeAncillary,
  invalidArgValue,
  kState,
  native,
  validateInt32,
  validateSignal,
  validateSize,
  type AddressContext,
  type AncillaryItem,
  type OpOptions,
  type Socket,
} from '@sock/core';
import { decodePacketAddress, type PacketAddress } from './address.js';
import { AUXDATA_SPACE, auxdataOf, type Auxdata } from './auxdata.js';
import { AF_PACKET } from './constants.js';

/** One received frame and what came with it. */
export interface PacketMessage {
  readonly data: Buffer;
  /** The decoded PACKET_AUXDATA item; null unless setAuxdata(sock, true) was called. */
  readonly auxdata: Auxdata | null;
  /** Every ancillary item, as recvmsg returns them. */
  readonly ancdata: AncillaryItem[];
  /** msg_flags: MSG_TRUNC when the frame was longer than bufsize, MSG_CTRUNC when ancillary data was cut. */
  readonly flags: number;
  readonly address: PacketAddress | null;
}

/** The codec's context, with the fd so ifindex -> name is one ioctl on this socket, as in CPython. */
function contextOf(sock: Socket): AddressContext {
  const ctx: AddressContext & { fd: number } = { family: sock.family, type: sock.type, proto: sock.proto, caller: 'recvmsg', fd: sock.fileno() };
  return ctx;
}

interface Got {
  namelen: number;
  flags: number;
  controllen: number;
}

function prepare(sock: Socket, bufsize: unknown, flags: unknown): { buf: Buffer; control: Buffer; addr: Buffer; flags: number } {
  if (sock?.family !== AF_PACKET) throw invalidArgValue('sock', String(sock), 'must be an AF_PACKET socket');
  return {
    buf: Buffer.allocUnsafe(validateSize(bufsize, 'bufsize')),
    control: Buffer.alloc(AUXDATA_SPACE),
    addr: Buffer.alloc(native.layout.sockaddrStorage),
    flags: validateInt32(flags, 'flags'),
  };
}

function attempt(p: ReturnType<typeof prepare>, got: Got): (fd: number) => number {
  return (fd) => {
    const n = native.recvmsg(fd, [p.buf], p.control, p.flags, p.addr);
    if (n >= 0) {
      got.namelen = native.out[0]!;
      got.flags = native.out[1]!;
      got.controllen = native.out[2]!;
    }
    return n;
  };
}

function finish(sock: Socket, p: ReturnType<typeof prepare>, got: Got, n: number): PacketMessage {
  const { items } = decodeAncillary(p.control, got.controllen);
  const namelen = Math.min(Math.max(got.namelen, 0), p.addr.length);
  return {
    data: Buffer.from(p.buf.subarray(0, Math.min(n, p.buf.length))),
    auxdata: auxdataOf(items),
    ancdata: items,
    flags: got.flags,
    address: namelen === 0 ? null : decodePacketAddress(p.addr.subarray(0, namelen), contextOf(sock)),
  };
}

/**
 * Receives one frame of up to `bufsize` bytes with its auxdata (see
 * setAuxdata). Waits as the socket's timeout mode says, without blocking
 * the event loop.
 */
export async function recvWithAuxdata(sock: Socket, bufsize: number, options?: OpOptions & { flags?: number }): Promise<PacketMessage> {
  const p = prepare(sock, bufsize, options?.flags ?? 0);
  const signal = validateSignal(options?.signal);
  const got: Got = { namelen: 0, flags: 0, controllen: 0 };
  const n = await callAsync(sock[kState], 'read', 'recvmsg', attempt(p, got), { signal });
  return finish(sock, p, got, n);
}

/** recvWithAuxdata, blocking the calling thread as Python's recvmsg does. */
export function recvWithAuxdataSync(sock: Socket, bufsize: number, flags = 0): PacketMessage {
  const p = prepare(sock, bufsize, flags);
  const got: Got = { namelen: 0, flags: 0, controllen: 0 };
  const n = callSync(sock[kState], 'read', 'recvmsg', attempt(p, got));
  return finish(sock, p, got, n);
}
