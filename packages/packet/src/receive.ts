/**
 * Receiving a frame together with its PACKET_AUXDATA item: one
 * `sock.recvmsg(bufsize, AUXDATA_SPACE)` (so it honours the socket's timeout
 * mode and an AbortSignal, as every Socket method does) and the decoding of
 * its ancillary data.
 */
import { invalidArgValue, validateInt32, type AncillaryItem, type OpOptions, type RecvmsgResult, type Socket } from '@sock/core';
import { validateObject, validateSocket } from '@sock/core';
import type { PacketAddress } from './address.js';
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

function checkPacket(sock: Socket): void {
  if (sock?.family !== AF_PACKET) throw invalidArgValue('sock', String(sock), 'must be an AF_PACKET socket');
}

function message([data, ancdata, flags, address]: RecvmsgResult): PacketMessage {
  return { data, auxdata: auxdataOf(ancdata), ancdata, flags, address: address as PacketAddress | null };
}

/**
 * Receives one frame of up to `bufsize` bytes with its auxdata (see
 * setAuxdata): recvmsg(2) with room for the PACKET_AUXDATA item. Waits as
 * the socket's timeout mode says, without blocking the event loop.
 */
export async function recvWithAuxdata(sock: Socket, bufsize: number, options?: OpOptions & { flags?: number }): Promise<PacketMessage> {
  validateSocket(sock);
  checkPacket(sock);
  if (options !== undefined) validateObject(options, 'options');
  const flags = validateInt32(options?.flags ?? 0, 'flags');
  return message(await sock.recvmsg(bufsize, AUXDATA_SPACE, flags, options?.signal === undefined ? undefined : { signal: options.signal }));
}

/** recvWithAuxdata, blocking the calling thread as Python's recvmsg does. */
export function recvWithAuxdataSync(sock: Socket, bufsize: number, flags = 0): PacketMessage {
  validateSocket(sock);
  checkPacket(sock);
  return message(sock.recvmsgSync(bufsize, AUXDATA_SPACE, flags));
}
