/**
 * Python's `create_connection` (a composite): getaddrinfo(host, port, 0,
 * SOCK_STREAM), then for each result a socket, the timeout (only when one
 * was given: an explicit null makes the socket blocking, leaving it out keeps
 * the default timeout), a bind to `sourceAddress` when given, and connect.
 * The first socket that connects is returned; each failed attempt's socket is
 * closed. When all fail: the last error, or with `allErrors` an
 * AggregateError holding every attempt's error (Python's ExceptionGroup).
 */
import { invalidArgType, OSError, osError, parseTimeout, Socket, SOCK_STREAM, type Address } from '@sock/core';
import { getaddrinfo, getaddrinfoSync, type AddrinfoEntry } from './gai.js';
import { resolveAddress } from './resolve-address.js';

export interface CreateConnectionOptions {
  /** Seconds, 0 or null (blocking); left out, the socket keeps getdefaulttimeout(). */
  timeout?: number | null;
  /** An address to bind before connecting, e.g. `['127.0.0.1', 0]`. */
  sourceAddress?: Address | null;
  /** Fail with an AggregateError of every attempt's error instead of the last one. */
  allErrors?: boolean;
  /** Aborts the connect in progress (async form only). */
  signal?: AbortSignal;
}

interface Plan {
  host: string | Uint8Array | null;
  port: string | number | null;
  timeout: { value: number | null } | undefined;
  source: Address | null;
  allErrors: boolean;
}

function plan(address: unknown, options: CreateConnectionOptions | undefined): Plan {
  if (!Array.isArray(address) || address.length !== 2) {
    throw invalidArgType('address', 'an array [host, port]', address);
  }
  const o = options ?? {};
  if (typeof o !== 'object') throw invalidArgType('options', 'of type object', o);
  if (o.allErrors !== undefined && typeof o.allErrors !== 'boolean') throw invalidArgType('options.allErrors', 'of type boolean', o.allErrors);
  const timeout = 'timeout' in o && o.timeout !== undefined ? { value: parseTimeout(o.timeout, 'options.timeout') } : undefined;
  return {
    host: address[0] as string | null,
    port: address[1] as string | number | null,
    timeout,
    source: o.sourceAddress ?? null,
    allErrors: o.allErrors ?? false,
  };
}

function signalOf(options: CreateConnectionOptions | undefined): AbortSignal | undefined {
  const s = options?.signal;
  if (s === undefined) return undefined;
  if (!(s instanceof AbortSignal)) throw invalidArgType('options.signal', 'an instance of AbortSignal', s);
  return s;
}

function open(p: Plan, [family, type, proto]: AddrinfoEntry): Socket {
  const sock = new Socket(family, type, proto);
  if (p.timeout) sock.settimeout(p.timeout.value);
  return sock;
}

function failure(p: Plan, errors: OSError[]): Error {
  if (p.allErrors) return new AggregateError(errors, 'create_connection failed');
  return errors[errors.length - 1]!;
}

/** Connects to `[host, port]` trying every address getaddrinfo gives. Never blocks the event loop. */
export async function createConnection(address: readonly [host: string | Uint8Array | null, port: string | number | null], options?: CreateConnectionOptions): Promise<Socket> {
  const p = plan(address, options);
  const signal = signalOf(options);
  const infos = await getaddrinfo(p.host, p.port, 0, SOCK_STREAM);
  if (infos.length === 0) throw osError('getaddrinfo returns an empty list');
  const errors: OSError[] = [];
  for (const info of infos) {
    let sock: Socket | undefined;
    try {
      sock = open(p, info);
      if (p.source !== null) sock.bind(await resolveAddress(p.source, sock.family, 'bind'));
      await sock.connect(info[4], { signal });
      return sock;
    } catch (err) {
      sock?.close();
      if (!(err instanceof OSError)) throw err;
      errors.push(err);
    }
  }
  throw failure(p, errors);
}

/** As createConnection, blocking the calling thread (Python's behaviour). */
export function createConnectionSync(address: readonly [host: string | Uint8Array | null, port: string | number | null], options?: Omit<CreateConnectionOptions, 'signal'>): Socket {
  const p = plan(address, options);
  const infos = getaddrinfoSync(p.host, p.port, 0, SOCK_STREAM);
  if (infos.length === 0) throw osError('getaddrinfo returns an empty list');
  const errors: OSError[] = [];
  for (const info of infos) {
    let sock: Socket | undefined;
    try {
      sock = open(p, info);
      if (p.source !== null) sock.bind(p.source);
      sock.connectSync(info[4]);
      return sock;
    } catch (err) {
      sock?.close();
      if (!(err instanceof OSError)) throw err;
      errors.push(err);
    }
  }
  throw failure(p, errors);
}
