/**
 * Python's `create_connection` (a composite): getaddrinfo(host, port, 0,
 * SOCK_STREAM), then for each result a socket, the timeout (only when one
 * was given: an explicit null makes the socket blocking, leaving it out keeps
 * the default timeout), a bind to `sourceAddress` when given, and connect.
 * The first socket that connects is returned; each failed attempt's socket is
 * closed. When all fail: the last error, or with `allErrors` an
 * AggregateError holding every attempt's error (Python's ExceptionGroup).
 *
 * Both of Python's call forms: `createConnection(address, timeout,
 * sourceAddress, { allErrors })` (positional, as `create_connection(address,
 * timeout, source_address, *, all_errors)`) and `createConnection(address,
 * { timeout, sourceAddress, allErrors, signal })`.
 */
import { types } from 'node:util';
import { invalidArgType, OSError, osError, parseTimeout, Socket, SOCK_STREAM, validateObject } from '@sock/core';
import type { Inet4AddressInput, Inet6AddressInput } from './address.js';
import { getaddrinfo, getaddrinfoSync, type AddrinfoEntry } from './gai.js';
import { resolveAddress } from './resolve-address.js';

export interface CreateConnectionOptions {
  /** Seconds, 0 or null (blocking); left out, the socket keeps getdefaulttimeout(). */
  timeout?: number | null;
  /** An address to bind before connecting, e.g. `['127.0.0.1', 0]`. */
  sourceAddress?: SourceAddress | null;
  /** Fail with an AggregateError of every attempt's error instead of the last one. */
  allErrors?: boolean;
  /** Aborts the connect in progress (async form only). */
  signal?: AbortSignal;
}

/** What `sourceAddress` takes: an AF_INET or AF_INET6 address (host names resolve). */
export type SourceAddress = Inet4AddressInput | Readonly<Inet6AddressInput>;
/** The `[host, port]` to connect to; a null host is the loopback address, a port may be a service name. */
export type ConnectionAddress = readonly [host: string | Uint8Array | null, port: string | number | null];
/** The options of the positional form, after `timeout` and `sourceAddress` (Python's keyword-only `all_errors`). */
export type CreateConnectionExtra = Pick<CreateConnectionOptions, 'allErrors' | 'signal'>;
/** A socket createConnection returns: AF_INET or AF_INET6, whichever getaddrinfo gave first that connected. */
export type InetSocket = Socket<'AF_INET' | 'AF_INET6'>;

interface Plan {
  host: string | Uint8Array | null;
  port: string | number | null;
  timeout: { value: number | null } | undefined;
  source: SourceAddress | null;
  allErrors: boolean;
}

/** The options object of either call form: `(options?)` or `(timeout, sourceAddress?, extra?)`. */
function optionsOf(rest: readonly unknown[]): CreateConnectionOptions | undefined {
  const [first, source, extra] = rest;
  if (rest.length <= 1 && (first === undefined || (typeof first === 'object' && first !== null))) {
    return first as CreateConnectionOptions | undefined;
  }
  if (first !== undefined && first !== null && typeof first !== 'number') {
    throw invalidArgType('timeout', 'of type number, null or an options object', first);
  }
  if (extra !== undefined) validateObject(extra, 'options');
  const o: CreateConnectionOptions = { ...(extra as CreateConnectionExtra | undefined) };
  if (first !== undefined) o.timeout = first;
  if (source !== undefined) o.sourceAddress = source as SourceAddress | null;
  return o;
}

function plan(address: unknown, options: CreateConnectionOptions | undefined): Plan {
  if (types.isProxy(address) || !Array.isArray(address) || address.length !== 2) {
    throw invalidArgType('address', 'an array [host, port]', address);
  }
  const o = options === undefined || options === null ? {} : validateObject<CreateConnectionOptions>(options, 'options');
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

function open(p: Plan, [family, type, proto]: AddrinfoEntry): InetSocket {
  const sock = new Socket(family, type, proto) as InetSocket;
  if (p.timeout) sock.settimeout(p.timeout.value);
  return sock;
}

function failure(p: Plan, errors: OSError[]): Error {
  if (p.allErrors) return new AggregateError(errors, 'create_connection failed');
  return errors[errors.length - 1]!;
}

/** Connects to `[host, port]` trying every address getaddrinfo gives. Never blocks the event loop. */
export function createConnection(address: ConnectionAddress, options?: CreateConnectionOptions): Promise<InetSocket>;
export function createConnection(address: ConnectionAddress, timeout: number | null | undefined, sourceAddress?: SourceAddress | null, options?: CreateConnectionExtra): Promise<InetSocket>;
export async function createConnection(address: ConnectionAddress, ...rest: unknown[]): Promise<InetSocket> {
  const options = optionsOf(rest);
  const p = plan(address, options);
  const signal = signalOf(options);
  const infos = await getaddrinfo(p.host, p.port, 0, SOCK_STREAM);
  if (infos.length === 0) throw osError('getaddrinfo returns an empty list');
  const errors: OSError[] = [];
  for (const info of infos) {
    let sock: InetSocket | undefined;
    try {
      sock = open(p, info);
      if (p.source !== null) sock.bind((await resolveAddress(p.source, sock.family, 'bind')) as SourceAddress);
      await sock.connect(info[4] as SourceAddress, { signal });
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
export function createConnectionSync(address: ConnectionAddress, options?: Omit<CreateConnectionOptions, 'signal'>): InetSocket;
export function createConnectionSync(address: ConnectionAddress, timeout: number | null | undefined, sourceAddress?: SourceAddress | null, options?: Omit<CreateConnectionExtra, 'signal'>): InetSocket;
export function createConnectionSync(address: ConnectionAddress, ...rest: unknown[]): InetSocket {
  const p = plan(address, optionsOf(rest));
  const infos = getaddrinfoSync(p.host, p.port, 0, SOCK_STREAM);
  if (infos.length === 0) throw osError('getaddrinfo returns an empty list');
  const errors: OSError[] = [];
  for (const info of infos) {
    let sock: InetSocket | undefined;
    try {
      sock = open(p, info);
      if (p.source !== null) sock.bind(p.source);
      sock.connectSync(info[4] as SourceAddress);
      return sock;
    } catch (err) {
      sock?.close();
      if (!(err instanceof OSError)) throw err;
      errors.push(err);
    }
  }
  throw failure(p, errors);
}
