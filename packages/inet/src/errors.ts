/**
 * Building resolver errors from what the addon reports, with core's classes.
 * CPython's rules: a getaddrinfo/getnameinfo failure is `gaierror(code,
 * gai_strerror(code))`, except EAI_SYSTEM, which becomes the errno's OSError
 * subclass; a gethostbyname/gethostbyaddr failure is `herror(h_errno,
 * hstrerror(h_errno))`.
 */
import { fromErrno, gaierror, herror, invalidArgValue, outOfRange, type OSError } from '@sock/core';
import { EAI_SYSTEM } from './constants.js';
import { native, type GaiFailure, type HostFailure } from './native.js';

export function isGaiFailure(value: unknown): value is GaiFailure {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'code' in value;
}

export function isHostFailure(value: unknown): value is HostFailure {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'herrno' in value;
}

export function gaiError(failure: GaiFailure, syscall = 'getaddrinfo'): OSError {
  if (EAI_SYSTEM !== undefined && failure.code === EAI_SYSTEM && failure.errno !== 0) return fromErrno(failure.errno, syscall);
  return new gaierror(failure.code, native.gaiStrerror(failure.code), syscall);
}

export function hostError(failure: HostFailure, syscall: string): OSError {
  return new herror(failure.herrno, native.hstrerror(failure.herrno), syscall);
}

/** Python's ValueError, as a coded TypeError naming the argument with CPython's text. */
export function valueError(name: string, value: unknown, pythonMessage: string): TypeError {
  return invalidArgValue(name, value, `is invalid (${pythonMessage})`);
}

/** Python's OverflowError, as a coded RangeError naming the argument and the range, with CPython's text. */
export function overflowError(name: string, range: string, value: unknown, pythonMessage: string): RangeError {
  return outOfRange(name, `${range} (${pythonMessage})`, value);
}
