/**
 * Python's `create_server` (a composite) and `has_dualstack_ipv6`.
 *
 * createServer: a SOCK_STREAM socket of `family` (AF_INET by default) with
 * SO_REUSEADDR set (POSIX; a failure is ignored), SO_REUSEPORT when asked,
 * IPV6_V6ONLY=1 on AF_INET6 unless `dualstackIpv6` (then 0, so IPv4 clients
 * arrive as '::ffff:a.b.c.d'), bound to `address` and listening. A bind
 * failure is re-raised as the same errno's OSError with
 * " (while attempting to bind on address ('host', port))" appended; the
 * socket is closed on any error.
 */
import {
  constants as coreConstants,
  fromErrno,
  invalidArgType,
  invalidArgValue,
  OSError,
  osError,
  Socket,
  SOCK_STREAM,
  SOL_SOCKET,
  SO_REUSEADDR,
  validateInt32,
  validateInteger,
  validateObject,
  type Address,
} from '@sock/core';
import { AF_INET, AF_INET6, constants, IPPROTO_IPV6, IPV6_V6ONLY } from './constants.js';
import type { InetSocket } from './connection.js';
import { pyRepr } from './repr.js';
import { resolveAddress } from './resolve-address.js';

/** Python's `has_ipv6`: this build knows AF_INET6 (whether the kernel allows it is `inet6Family.available()`). */
export const hasIpv6: boolean = constants.AF_INET6 !== undefined;

const SO_REUSEPORT: number | undefined = coreConstants.SO_REUSEPORT;

/** Python's `has_dualstack_ipv6()`: true when an AF_INET6 stream socket accepts IPV6_V6ONLY=0. */
export function hasDualstackIpv6(): boolean {
  if (!hasIpv6) return false;
  let sock: Socket | undefined;
  try {
    sock = new Socket(AF_INET6, SOCK_STREAM);
    sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0);
    return true;
  } catch (err) {
    if (err instanceof OSError) return false;
    throw err;
  } finally {
    sock?.close();
  }
}

export interface CreateServerOptions {
  family?: number;
  /** listen() backlog; left out, listen()'s default. */
  backlog?: number | null;
  reusePort?: boolean;
  dualstackIpv6?: boolean;
}

interface Settings {
  family: number;
  backlog: number | null;
  reusePort: boolean;
  dualstack: boolean;
}

function settings(options: CreateServerOptions | undefined): Settings {
  const o = options === undefined || options === null ? {} : validateObject<CreateServerOptions>(options, 'options');
  for (const key of ['reusePort', 'dualstackIpv6'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'boolean') throw invalidArgType(`options.${key}`, 'of type boolean', o[key]);
  }
  const s: Settings = {
    family: validateInt32(o.family ?? AF_INET, 'options.family'),
    backlog: o.backlog === undefined || o.backlog === null ? null : validateInteger(o.backlog, 'options.backlog'),
    reusePort: o.reusePort ?? false,
    dualstack: o.dualstackIpv6 ?? false,
  };
  if (s.reusePort && SO_REUSEPORT === undefined) {
    throw invalidArgValue('options.reusePort', true, 'is not supported (SO_REUSEPORT not supported on this platform)');
  }
  if (s.dualstack) {
    if (!hasDualstackIpv6()) throw invalidArgValue('options.dualstackIpv6', true, 'is not supported (dualstack_ipv6 not supported on this platform)');
    if (s.family !== AF_INET6) throw invalidArgValue('options.family', s.family, 'must be AF_INET6 with dualstackIpv6 (dualstack_ipv6 requires AF_INET6 family)');
  }
  return s;
}

function prepare(s: Settings): Socket {
  const sock = new Socket(s.family, SOCK_STREAM);
  try {
    try {
      sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
    } catch (err) {
      if (!(err instanceof OSError)) throw err;
    }
    if (s.reusePort && (s.family === AF_INET || s.family === AF_INET6)) sock.setsockopt(SOL_SOCKET, SO_REUSEPORT!, 1);
    if (hasIpv6 && s.family === AF_INET6) {
      if (s.dualstack) {
        sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0);
      } else {
        try {
          sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1);
        } catch (err) {
          if (!(err instanceof OSError)) throw err;
        }
      }
    }
  } catch (err) {
    sock.close();
    throw err;
  }
  return sock;
}

/** The bind error as CPython re-raises it: same errno (and class), the address appended. */
function bindError(err: OSError, address: unknown): OSError {
  const where = `(while attempting to bind on address ${pyRepr(address)})`;
  if (err.errno === null) return osError(`${err.message} ${where}`);
  const text = `${err.strerror ?? err.message} ${where}`;
  return err.errno > 0 ? fromErrno(err.errno, 'bind', text) : new OSError(err.errno, text, 'bind');
}

function finish(sock: Socket, s: Settings): InetSocket {
  if (s.backlog === null) sock.listen();
  else sock.listen(s.backlog);
  return sock as InetSocket;
}

/** A listening stream socket on `address`; host names resolve off the event loop. */
export async function createServer(address: Address, options?: CreateServerOptions): Promise<InetSocket> {
  const s = settings(options);
  const sock = prepare(s);
  try {
    try {
      sock.bind(await resolveAddress(address, s.family, 'bind'));
    } catch (err) {
      throw err instanceof OSError ? bindError(err, address) : err;
    }
    return finish(sock, s);
  } catch (err) {
    sock.close();
    throw err;
  }
}

/** As createServer, resolving a host name on the calling thread. */
export function createServerSync(address: Address, options?: CreateServerOptions): InetSocket {
  const s = settings(options);
  const sock = prepare(s);
  try {
    try {
      sock.bind(address);
    } catch (err) {
      throw err instanceof OSError ? bindError(err, address) : err;
    }
    return finish(sock, s);
  } catch (err) {
    sock.close();
    throw err;
  }
}
