/**
 * Python's OSError tree, with PEP 3151's errno-to-subclass mapping, and
 * Node-style argument errors. Every OS error of every @sock package is built
 * here: native code reports `-errno`, `fromErrno` names the class.
 */
import { constants as osConstants } from 'node:os';
import { types } from 'node:util';
import { native } from './native.js';

/** errno values by name: this platform's headers, then whatever Node knows beyond them. */
const E: Record<string, number> = { ...(osConstants.errno as Record<string, number>), ...native.errnos };
const errnoNames = new Map<number, string>();
for (const [name, value] of Object.entries(native.errnos)) {
  if (!errnoNames.has(value)) errnoNames.set(value, name);
}
for (const [name, value] of Object.entries(osConstants.errno as Record<string, number>)) {
  if (!errnoNames.has(value)) errnoNames.set(value, name);
}
// Prefer the spelling Python's errno.errorcode uses for aliases.
for (const alias of ['EAGAIN', 'EDEADLK', 'ENOTSUP']) {
  if (E[alias] !== undefined) errnoNames.set(E[alias]!, alias);
}

/** The symbolic name of an errno value ('ECONNREFUSED'), or undefined. */
export function errnoName(errno: number): string | undefined {
  return errnoNames.get(errno);
}

/**
 * Python's `OSError`. `errno` is the positive errno value, or null for the
 * errors CPython raises without one (address parsing, "timed out", ...).
 */
export class OSError extends Error {
  readonly errno: number | null;
  readonly strerror: string | null;
  /** The errno's symbolic name, as Node's system errors carry it. */
  readonly code: string | undefined;
  /** The syscall that failed, when one did. */
  readonly syscall: string | undefined;
  /** Python's `args` tuple: `[errno, strerror]`, `[message]`, or `[]` when built with no arguments. */
  readonly args: readonly unknown[];

  /**
   * `new OSError(errno, strerror?, syscall?)`; strerror defaults to the
   * platform's text for errno. `new OSError(null, message)` is an error
   * without an errno; `new OSError()` is Python's `OSError()`: errno and
   * strerror null, args `[]`, message ''.
   */
  constructor(errno: number | null = null, strerror?: string | null, syscall?: string) {
    if (errno !== null && typeof errno !== 'number') throw invalidArgType('errno', 'of type number or null', errno);
    if (strerror !== undefined && strerror !== null && typeof strerror !== 'string') throw invalidArgType('strerror', 'of type string or null', strerror);
    const text = strerror ?? (errno === null ? '' : native.strerror(errno));
    super(errno === null ? text : `[Errno ${errno}] ${text}`);
    this.errno = errno;
    this.strerror = errno === null ? null : text;
    this.code = errno === null ? undefined : errnoName(errno);
    this.syscall = syscall;
    this.args = errno !== null ? [errno, text] : strerror === undefined || strerror === null ? [] : [text];
  }

  override get name(): string {
    return this.constructor.name;
  }
}

export class BlockingIOError extends OSError {}
export class ChildProcessError extends OSError {}
export class ConnectionError extends OSError {}
export class BrokenPipeError extends ConnectionError {}
export class ConnectionAbortedError extends ConnectionError {}
export class ConnectionRefusedError extends ConnectionError {}
export class ConnectionResetError extends ConnectionError {}
export class FileExistsError extends OSError {}
export class FileNotFoundError extends OSError {}
export class InterruptedError extends OSError {}
export class IsADirectoryError extends OSError {}
export class NotADirectoryError extends OSError {}
export class PermissionError extends OSError {}
export class ProcessLookupError extends OSError {}
/**
 * Python's `TimeoutError` (`socket.timeout`). A socket's timeout raises it
 * with 'timed out' and errno null; ETIMEDOUT with its errno. Built with no
 * arguments it is empty, as Python's `TimeoutError()`.
 */
export class TimeoutError extends OSError {}

/** An OSError whose errno slot holds another code space (EAI_*, h_errno), as Python's gaierror/herror. */
function withCode<T extends OSError>(err: T, code: number, message: string): T {
  if (typeof code !== 'number') throw invalidArgType('code', 'of type number', code);
  if (typeof message !== 'string') throw invalidArgType('message', 'of type string', message);
  return Object.defineProperties(err, {
    errno: { value: code },
    strerror: { value: message },
    args: { value: [code, message] },
    message: { value: `[Errno ${code}] ${message}` },
  });
}

/** `socket.gaierror`: errno holds the EAI_* code (negative on glibc); with no arguments, as `OSError()`. */
export class gaierror extends OSError {
  constructor(code?: number, message = '', syscall = 'getaddrinfo') {
    if (code === undefined) {
      super();
      return;
    }
    super(null, message, syscall);
    withCode(this, code, message);
  }
}

/** `socket.herror`: errno holds h_errno; with no arguments, as `OSError()`. */
export class herror extends OSError {
  constructor(code?: number, message = '', syscall = 'gethostbyaddr') {
    if (code === undefined) {
      super();
      return;
    }
    super(null, message, syscall);
    withCode(this, code, message);
  }
}

type OSErrorClass = new (errno: number | null, strerror?: string | null, syscall?: string) => OSError;

const subclassOf = new Map<number, OSErrorClass>();
function map(names: string[], cls: OSErrorClass): void {
  for (const n of names) if (E[n] !== undefined) subclassOf.set(E[n]!, cls);
}
map(['EAGAIN', 'EALREADY', 'EINPROGRESS', 'EWOULDBLOCK'], BlockingIOError);
map(['EPIPE', 'ESHUTDOWN'], BrokenPipeError);
map(['ECHILD'], ChildProcessError);
map(['ECONNABORTED'], ConnectionAbortedError);
map(['ECONNREFUSED'], ConnectionRefusedError);
map(['ECONNRESET'], ConnectionResetError);
map(['EEXIST'], FileExistsError);
map(['ENOENT'], FileNotFoundError);
map(['EISDIR'], IsADirectoryError);
map(['ENOTDIR'], NotADirectoryError);
map(['EINTR'], InterruptedError);
map(['EACCES', 'EPERM'], PermissionError);
map(['ESRCH'], ProcessLookupError);
map(['ETIMEDOUT'], TimeoutError);

/**
 * Builds the OSError subclass PEP 3151 assigns to `errno` (positive or the
 * negative value native code returns). `detail` replaces strerror's text.
 */
export function fromErrno(errno: number, syscall?: string, detail?: string): OSError {
  if (typeof errno !== 'number') throw invalidArgType('errno', 'of type number', errno);
  const e = Math.abs(errno);
  const Cls = subclassOf.get(e) ?? OSError;
  return new Cls(e, detail ?? native.strerror(e), syscall);
}

/** The OSError CPython raises without an errno (e.g. 'AF_UNIX path too long'). */
export function osError(message: string): OSError {
  return new OSError(null, message);
}

export function timedOut(syscall?: string): TimeoutError {
  return new TimeoutError(null, 'timed out', syscall);
}

export const errno: Readonly<Record<string, number>> = Object.freeze({ ...E });

/** The error of an operation on a closed (or detached) socket: EBADF, as CPython's. */
export function closedError(syscall: string): OSError {
  return fromErrno(E.EBADF!, syscall);
}

// ---- Node-style argument errors ----------------------------------------

interface CodedError extends Error {
  code: string;
}

function coded<T extends Error>(err: T, code: string): T & CodedError {
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'name', { value: `${err.constructor.name}`, enumerable: false, configurable: true });
  return err as T & CodedError;
}

/** A function's own `name` when it is a plain string property (never a getter), else ''. */
function ownName(fn: object): string {
  try {
    const d = Object.getOwnPropertyDescriptor(fn, 'name');
    return d !== undefined && typeof d.value === 'string' ? d.value : '';
  } catch {
    return '';
  }
}

/** The name of the class `value` is an instance of, read from prototype data properties only; '' when unknown. */
function className(value: object): string {
  try {
    for (let proto = Object.getPrototypeOf(value), depth = 0; proto !== null && depth < 32; proto = Object.getPrototypeOf(proto), depth++) {
      const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
      if (d === undefined) continue;
      return typeof d.value === 'function' ? ownName(d.value) : '';
    }
  } catch {
    // A prototype chain that throws is described as a plain object.
  }
  return '';
}

/** A primitive as Node's argument errors show it: strings quoted and cut, bigints with `n`. */
function primitive(value: string | number | boolean | bigint | symbol): string {
  if (typeof value === 'string') return `'${value.length > 28 ? `${value.slice(0, 25)}...` : value}'`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return `Symbol(${value.description ?? ''})`;
  return Object.is(value, -0) ? '-0' : `${value}`;
}

/**
 * Describes a value the way Node's ERR_INVALID_ARG_TYPE messages do, without
 * running any of its code: no getters, toString, valueOf or proxy traps (a
 * Proxy, revoked or not, is "a Proxy"; a class comes from prototype data
 * properties only), so describing an argument can never throw.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return types.isProxy(value) ? 'a Proxy' : `function ${ownName(value) || '<anonymous>'}`;
  if (typeof value === 'object') {
    if (types.isProxy(value)) return 'a Proxy';
    const name = className(value);
    return name ? `an instance of ${name}` : 'an object';
  }
  return `type ${typeof value} (${primitive(value as string)})`;
}

/** A value as the "Received" part of ERR_INVALID_ARG_VALUE / ERR_OUT_OF_RANGE shows it, without running its code. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object' || typeof value === 'function') return describe(value);
  return primitive(value as string);
}

/** A builder's own text argument (a name, a range, a reason): a string as is, anything else described. */
const text = (s: unknown): string => (typeof s === 'string' ? s : shown(s));

export function invalidArgType(name: string, expected: string, actual: unknown): TypeError & CodedError {
  return coded(
    new TypeError(`The "${text(name)}" argument must be ${text(expected)}. Received ${describe(actual)}`),
    'ERR_INVALID_ARG_TYPE',
  );
}

export function invalidArgValue(name: string, value: unknown, reason: string): TypeError & CodedError {
  const got = typeof value === 'string' ? `'${value.length > 200 ? `${value.slice(0, 197)}...` : value}'` : shown(value);
  return coded(new TypeError(`The argument '${text(name)}' ${text(reason)}. Received ${got}`), 'ERR_INVALID_ARG_VALUE');
}

export function outOfRange(name: string, range: string, actual: unknown): RangeError & CodedError {
  const got = typeof actual === 'string' ? actual.slice(0, 200) : shown(actual);
  return coded(
    new RangeError(`The value of "${text(name)}" is out of range. It must be ${text(range)}. Received ${got}`),
    'ERR_OUT_OF_RANGE',
  );
}

/** A socket operation the socket's state or kind does not allow (Python's ValueError cases). */
export function invalidState(message: string, code = 'ERR_SOCKET_INVALID_STATE'): Error & CodedError {
  return coded(new Error(message), code);
}
