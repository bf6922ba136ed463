/** Creating CAN sockets in one call. */
import { Socket } from '@sock/core';
import { AF_CAN, CAN_RAW } from './constants.js';
import { canSocketType } from './family.js';
import { enableFrameMeta, type FrameOptions } from './receive.js';

export interface CanSocketOptions extends FrameOptions {
  /** bind(2) a CAN_RAW socket to this interface ('' = every interface). */
  ifname?: string;
}

/**
 * A CAN socket of protocol `proto` (CAN_RAW by default) with the type that
 * protocol takes (SOCK_RAW for CAN_RAW, SOCK_DGRAM for the others); for
 * CAN_RAW, bound to `options.ifname` when given, with the timestamps and
 * drop counter `options` asks for. A composite of socket(2), setsockopt(2)
 * and bind(2); the socket is closed if a later step fails.
 */
export function canSocket(proto: number = CAN_RAW, options: CanSocketOptions = {}): Socket {
  const sock = new Socket(AF_CAN, canSocketType(proto), proto);
  try {
    enableFrameMeta(sock, options);
    if (options.ifname !== undefined) sock.bind([options.ifname]);
    return sock;
  } catch (err) {
    sock.close();
    throw err;
  }
}
