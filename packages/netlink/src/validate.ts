/** Argument checks the helpers share. */
import { invalidArgType, invalidArgValue, Socket, validateObject } from '@sock/core';
import { AF_NETLINK } from './constants/index.js';

/** `sock` must be a @sock/core Socket of family AF_NETLINK. */
export function validateNetlinkSocket(sock: unknown, name = 'sock'): Socket {
  if (!(sock instanceof Socket)) throw invalidArgType(name, 'an instance of Socket', sock);
  if (sock.family !== AF_NETLINK) throw invalidArgValue(name, String(sock), 'must be an AF_NETLINK socket');
  return sock;
}

/** An options object, or undefined (taken as {}). */
export function validateOptions<T extends object>(options: T | undefined, name = 'options'): T {
  if (options === undefined) return {} as T;
  return validateObject(options, name, 'an object');
}
