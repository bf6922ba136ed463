/** Creating CAN sockets in one call. */
import { invalidArgValue, Socket, validateObject } from '@sock/core';
import { AF_CAN, CAN_BCM, CAN_RAW } from './constants.js';
import { canSocketType } from './family.js';
import { enableFrameMeta, type FrameOptions } from './receive.js';

export interface CanSocketOptions extends FrameOptions {
  /**
   * CAN_RAW: bind(2) to this interface ('' = every interface). CAN_BCM:
   * connect(2) to it. ISO-TP and J1939 sockets bind to a longer address:
   * call `bind` yourself.
   */
  ifname?: string;
}

/**
 * A CAN socket of protocol `proto` (CAN_RAW by default) with the type that
 * protocol takes (SOCK_RAW for CAN_RAW, SOCK_DGRAM for the others), with the
 * timestamps and drop counter `options` asks for, bound (CAN_RAW) or
 * connected (CAN_BCM) to `options.ifname` when given. A composite of
 * socket(2), setsockopt(2) and bind(2) or connect(2); the socket is closed if
 * a later step fails.
 */
export function canSocket(proto: number = CAN_RAW, options: CanSocketOptions = {}): Socket<'AF_CAN'> {
  validateObject(options, 'options');
  if (options.ifname !== undefined && proto !== CAN_RAW && proto !== CAN_BCM) {
    throw invalidArgValue('options.ifname', options.ifname, 'applies to CAN_RAW and CAN_BCM sockets only; bind ISO-TP and J1939 sockets to their full address');
  }
  const sock = new Socket(AF_CAN, canSocketType(proto), proto);
  try {
    enableFrameMeta(sock, options);
    if (options.ifname !== undefined) {
      if (proto === CAN_BCM) sock.connectSync([options.ifname]);
      else sock.bind([options.ifname]);
    }
    return sock;
  } catch (err) {
    sock.close();
    throw err;
  }
}
