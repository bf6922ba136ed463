/** Argument validation shared by core and every family package. */
import { invalidArgType, outOfRange } from './errors.js';

export const INT32_MAX = 0x7fffffff;
export const INT32_MIN = -0x80000000;
export const UINT32_MAX = 0xffffffff;

/** An integer within [min, max]; `name` is the argument's name in the error. */
export function validateInteger(value: unknown, name: string, min = INT32_MIN, max = INT32_MAX): number {
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

/** Any ArrayBufferView (Buffer, TypedArray, DataView) as a Uint8Array over the same memory. */
export function toBytes(value: unknown, name: string): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw invalidArgType(name, 'an instance of Buffer, TypedArray, or DataView', value);
}

/** An AbortSignal or undefined. */
export function validateSignal(value: unknown, name = 'options.signal'): AbortSignal | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || !('aborted' in value) || typeof (value as AbortSignal).addEventListener !== 'function') {
    throw invalidArgType(name, 'an instance of AbortSignal', value);
  }
  return value as AbortSignal;
}

/** A non-negative buffer size (Python raises ValueError('negative buffersize ...')). */
export function validateSize(value: unknown, name: string, max = INT32_MAX): number {
  return validateInteger(value, name, 0, max);
}
