/** Python's timeout values: seconds as a number, or null for "block without limit". */
import { invalidArgType, outOfRange } from './errors.js';

/**
 * Validates a timeout as `settimeout` and `setdefaulttimeout` take it:
 * null (or undefined) blocks, 0 never waits, a positive number of seconds
 * bounds each operation. Negative values and NaN are RangeErrors (Python's
 * ValueError 'Timeout value out of range'); values too large for a poll are
 * accepted and clamped when waiting, as CPython does.
 */
export function parseTimeout(value: unknown, name = 'timeout'): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number or null', value);
  if (Number.isNaN(value) || value < 0) throw outOfRange(name, 'a non-negative number of seconds or null (Timeout value out of range)', value);
  return value;
}

let defaultTimeout: number | null = null;

/** Python's `socket.getdefaulttimeout()`: the timeout new sockets start with. */
export function getdefaulttimeout(): number | null {
  return defaultTimeout;
}

/** Python's `socket.setdefaulttimeout()`; applies to sockets created afterwards. */
export function setdefaulttimeout(timeout: number | null): void {
  defaultTimeout = parseTimeout(timeout);
}
