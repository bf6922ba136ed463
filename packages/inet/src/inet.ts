/**
 * inet_aton, inet_ntoa, inet_pton and inet_ntop, with CPython's errors:
 * a string libc refuses is OSError('illegal IP address string passed to
 * inet_aton'/'inet_pton') without an errno, a packed address of the wrong
 * length OSError('packed IP wrong length for inet_ntoa') or, for inet_ntop,
 * Python's ValueError (a coded TypeError here), and a family inet_pton does
 * not know the errno OSError libc gives (EAFNOSUPPORT).
 */
import { fromErrno, invalidArgType, osError, toBytes, validateInt32 } from '@sock/core';
import { AF_INET, AF_INET6 } from './constants.js';
import { valueError } from './errors.js';
import { native } from './native.js';
import { formatIpv4 } from './ntop.js';

function checkIpString(value: unknown, fn: string): string {
  if (typeof value !== 'string') throw invalidArgType('ip_string', `of type string (${fn}() argument must be str)`, value);
  if (value.includes('\0')) throw valueError('ip_string', value, 'embedded null character');
  return value;
}

/**
 * Wraps `inet_aton(3)`: the 4 bytes of a dotted IPv4 address. libc's parser
 * accepts the short forms ('127.1' is 127.0.0.1, '0x7f.1' too) and ignores
 * anything after a space.
 */
export function inetAton(ipString: string): Buffer {
  const r = native.inetAton(checkIpString(ipString, 'inet_aton'));
  if (r === null) throw osError('illegal IP address string passed to inet_aton');
  return r;
}

/** The dotted text of 4 packed bytes (Python's inet_ntoa). */
export function inetNtoa(packedIp: ArrayBufferView): string {
  const bytes = toBytes(packedIp, 'packed_ip');
  if (bytes.length !== 4) throw osError('packed IP wrong length for inet_ntoa');
  return formatIpv4(bytes);
}

/** Wraps `inet_pton(3)`: 4 bytes for AF_INET, 16 for AF_INET6. */
export function inetPton(addressFamily: number, ipString: string): Buffer {
  const af = validateInt32(addressFamily, 'address_family');
  const r = native.inetPton(af, checkIpString(ipString, 'inet_pton'));
  if (r === null) throw osError('illegal IP address string passed to inet_pton');
  if (typeof r === 'number') throw fromErrno(r, 'inet_pton');
  return r;
}

/** Wraps `inet_ntop(3)`: the text of 4 (AF_INET) or 16 (AF_INET6) packed bytes. */
export function inetNtop(addressFamily: number, packedIp: ArrayBufferView): string {
  const af = validateInt32(addressFamily, 'address_family');
  const bytes = toBytes(packedIp, 'packed_ip');
  if (af !== AF_INET && af !== AF_INET6) throw valueError('address_family', af, `unknown address family ${af}`);
  if (bytes.length !== (af === AF_INET ? 4 : 16)) {
    throw valueError('packed_ip', `<${bytes.length} bytes>`, 'invalid length of packed IP address string');
  }
  const r = native.inetNtop(af, bytes);
  if (typeof r === 'number') throw fromErrno(r, 'inet_ntop');
  return r;
}
