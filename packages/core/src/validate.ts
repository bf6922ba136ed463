/** Argument validation shared by core and every family package. */
import { types } from 'node:util';
import { invalidArgType, invalidArgValue, outOfRange } from './errors.js';

export const INT32_MAX = 0x7fffffff;
export const INT32_MIN = -0x80000000;
export const UINT32_MAX = 0xffffffff;

/** An integer within [min, max]; `name` is the argument's name in the error. */
export function validateInteger(value: unknown, name: string, min = INT32_MIN, max = INT32_MAX): number {
  if (typeof min !== 'number' || typeof max !== 'number') throw invalidArgType('min and max', 'of type number', typeof min !== 'number' ? min : max);
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  return value;
}

export function validateInt32(value: unknown, name: string): number {
  return validateInteger(value, name, INT32_MIN, INT32_MAX);
}

export function validateUint32(value: unknown, name: string): number {
  return validateInteger(value, name, 0, UINT32_MAX);
}

export function validateBoolean(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
  return value;
}

export function validateString(value: unknown, name: string): string {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
  return value;
}

export function isView(value: unknown): value is ArrayBufferView {
  return ArrayBuffer.isView(value);
}

/** Whether a view's ArrayBuffer was detached (transferred): its bytes are gone. Only an empty view can be. */
export function isDetached(view: ArrayBufferView): boolean {
  try {
    if (view.byteLength !== 0) return false;
    view.buffer.slice(0, 0);
    return false;
  } catch {
    return true;
  }
}

/**
 * For the tries of an async call after its first: the caller may detach
 * (transfer) a view's ArrayBuffer while the call waits, which leaves the
 * view empty. Such a view fails with a coded TypeError rather than sending
 * or receiving nothing, or reaching native code with lengths taken before.
 * `done` says how far the call had got (sendall's bytes sent).
 */
export function checkAttached(view: ArrayBufferView, name: string, syscall: string, done = ''): void {
  if (view.byteLength === 0 && isDetached(view)) {
    throw invalidArgValue(name, view, `was detached (its ArrayBuffer transferred) while ${syscall}() waited${done}`);
  }
}

/**
 * Any ArrayBufferView (Buffer, TypedArray, DataView) as a Uint8Array over the
 * same memory, by its bytes (byteOffset, byteLength). A Proxy, an ArrayBuffer
 * or anything else is ERR_INVALID_ARG_TYPE; a view of a detached buffer is
 * ERR_INVALID_ARG_VALUE.
 */
export function toBytes(value: unknown, name: string): Uint8Array {
  if (!ArrayBuffer.isView(value)) throw invalidArgType(name, 'an instance of Buffer, TypedArray, or DataView', value);
  if (isDetached(value)) throw invalidArgValue(name, value, 'is a view of a detached ArrayBuffer');
  if (value instanceof Uint8Array) return value;
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

/**
 * The items of an iterable the caller passed, at most `max` of them: an
 * array's length is checked before any element is read, and any other
 * iterable is read only until it yields more than `max` (an endless
 * generator cannot hang the call). `expected` names the type in the error.
 */
export function boundedItems(value: unknown, name: string, max: number, expected = 'an iterable'): unknown[] {
  validateInteger(max, 'max', 0, UINT32_MAX);
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || types.isProxy(value) || typeof value === 'string') {
    throw invalidArgType(name, expected, value);
  }
  if (Array.isArray(value)) {
    if (value.length > max) throw outOfRange(`${name}.length`, `<= ${max}`, value.length);
    return value;
  }
  if (ArrayBuffer.isView(value) || typeof (value as Iterable<unknown>)[Symbol.iterator] !== 'function') throw invalidArgType(name, expected, value);
  const out: unknown[] = [];
  for (const item of value as Iterable<unknown>) {
    if (out.length === max) throw outOfRange(`${name}.length`, `<= ${max}`, `an iterable of more than ${max} items`);
    out.push(item);
  }
  return out;
}

/**
 * The `signal` of an operation's options object: undefined without options;
 * an options value that is not a plain object (a Proxy, a primitive) is
 * ERR_INVALID_ARG_TYPE, so reading it runs no trap.
 */
export function signalOf(options: unknown): AbortSignal | undefined {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object' || types.isProxy(options)) throw invalidArgType('options', 'of type object', options);
  return validateSignal((options as { signal?: unknown }).signal);
}

/**
 * An array that is not a Proxy (whose traps could run or throw), else
 * ERR_INVALID_ARG_TYPE naming `name`; with `max`, a longer array is
 * ERR_OUT_OF_RANGE before any element is read.
 */
export function validateArray<T = unknown>(value: unknown, name: string, expected = 'an array', max?: number): T[] {
  if (types.isProxy(value) || !Array.isArray(value)) throw invalidArgType(name, expected, value);
  if (max !== undefined && value.length > max) throw outOfRange(`${name}.length`, `<= ${max}`, value.length);
  return value as T[];
}

/** A non-null object that is not a Proxy (whose traps could run or throw), else ERR_INVALID_ARG_TYPE naming `name`. */
export function validateObject<T extends object = Record<string, unknown>>(value: unknown, name: string, expected = 'of type object'): T {
  if (value === null || typeof value !== 'object' || types.isProxy(value)) throw invalidArgType(name, expected, value);
  return value as T;
}

/** An AbortSignal or undefined. */
export function validateSignal(value: unknown, name = 'options.signal'): AbortSignal | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || types.isProxy(value) || !('aborted' in value) || typeof (value as AbortSignal).addEventListener !== 'function') {
    throw invalidArgType(name, 'an instance of AbortSignal', value);
  }
  return value as AbortSignal;
}

/** A non-negative buffer size (Python raises ValueError('negative buffersize ...')). */
export function validateSize(value: unknown, name: string, max = INT32_MAX): number {
  return validateInteger(value, name, 0, max);
}
