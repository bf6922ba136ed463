/**
 * Bluetooth device addresses: the text form 'AA:BB:CC:DD:EE:FF' <-> the six
 * bytes of a bdaddr_t (least significant byte first, as the kernel stores
 * them).
 *
 * Parsing follows CPython's setbdaddr exactly: it reads the string with C's
 * `sscanf("%X:%X:%X:%X:%X:%X%c")` and takes it when six numbers were read,
 * each below 256, and nothing follows. So each group is one or more hex
 * digits ('1:2:3:4:5:6' and '001:...' are taken), and the quirks of `%X`
 * come along: blanks before a group, a sign, a 0x prefix. Anything else is
 * OSError('bad bluetooth address'), as in Python. Output is always
 * upper-case and zero-padded.
 */
import { types } from 'node:util';
import { invalidArgType, invalidArgValue, osError, toBytes, type OSError } from '@sock/core';

const U32 = 0xffffffffn;
const U64 = (1n << 64n) - 1n;
const SPACE = new Set([' ', '\t', '\n', '\v', '\f', '\r']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function hexValue(ch: string | undefined): number {
  if (ch === undefined) return -1;
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** One `%X` conversion at s[i]: [the unsigned int it stores, the next index], or null when it fails. */
function scanHex(s: string, i: number): [number, number] | null {
  while (i < s.length && SPACE.has(s[i]!)) i++;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') {
    negative = s[i] === '-';
    i++;
  }
  let digits = 0;
  let value = 0n;
  let overflow = false;
  if (s[i] === '0') {
    // glibc keeps the '0', and takes an 'x' after it as the prefix even when no hex digit follows.
    digits = 1;
    i++;
    if (s[i] === 'x' || s[i] === 'X') i++;
  }
  for (let d = hexValue(s[i]); d >= 0; d = hexValue(s[++i])) {
    digits++;
    if (!overflow) {
      value = value * 16n + BigInt(d);
      if (value > U64) overflow = true;
    }
  }
  if (digits === 0) return null;
  // strtoul: saturates at ULONG_MAX, negates in unsigned long; the store keeps the low 32 bits.
  let ul = overflow ? U64 : value;
  if (negative && !overflow) ul = (-ul) & U64;
  return [Number(ul & U32), i];
}

/** The six bytes (b[0] first, as bdaddr_t) of a text address, or null where CPython's setbdaddr fails. */
function scan(text: string): Uint8Array | null {
  const groups: number[] = [];
  let i = 0;
  for (let g = 0; g < 6; g++) {
    if (g > 0) {
      if (text[i] !== ':') return null;
      i++;
    }
    const r = scanHex(text, i);
    if (r === null) return null;
    groups.push(r[0]);
    i = r[1];
  }
  if (i !== text.length) return null; // the %c matched a trailing character
  if (groups.some((b) => b >= 256)) return null;
  return Uint8Array.from(groups.reverse());
}

/** OSError('bad bluetooth address'), as CPython raises for an address setbdaddr refuses. */
export function badBdaddr(): OSError {
  return osError('bad bluetooth address');
}

/**
 * Parses 'AA:BB:CC:DD:EE:FF' into the six bytes of a bdaddr_t (reversed:
 * byte 0 is the last group). Bytes are read as Latin-1 (SCO takes bytes,
 * as Python's does). A string with NUL or a lone surrogate, or a value of
 * another type, is a TypeError; an address CPython refuses is
 * OSError('bad bluetooth address').
 */
export function parseBdaddr(address: string | Uint8Array, name = 'bdaddr'): Buffer {
  let text: string;
  if (typeof address === 'string') {
    if (address.includes('\0')) throw invalidArgValue(name, address, 'must not contain a null character (embedded null character)');
    if (LONE_SURROGATE.test(address)) throw invalidArgValue(name, address, 'must be encodable as UTF-8 (it holds a lone surrogate)');
    text = address;
  } else if (!types.isProxy(address) && address instanceof Uint8Array) {
    address = toBytes(address, name);
    if (address.includes(0)) throw invalidArgValue(name, address, 'must not contain a null byte (embedded null byte)');
    text = Buffer.from(address.buffer, address.byteOffset, address.byteLength).toString('latin1');
  } else {
    throw invalidArgType(name, 'of type string', address);
  }
  const bytes = scan(text);
  if (bytes === null) throw badBdaddr();
  return Buffer.from(bytes);
}

/** True when parseBdaddr would take the string. */
export function isBdaddr(address: unknown): boolean {
  return typeof address === 'string' && !address.includes('\0') && scan(address) !== null;
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).toUpperCase().padStart(2, '0'));

/** The text form of a bdaddr_t's six bytes (byte 5 first): upper-case and zero-padded, as CPython's makebdaddr. */
export function formatBdaddr(bytes: Uint8Array): string {
  if (types.isProxy(bytes) || !(bytes instanceof Uint8Array)) throw invalidArgType('bytes', 'an instance of Uint8Array', bytes);
  bytes = toBytes(bytes, 'bytes');
  if (bytes.length !== 6) throw invalidArgValue('bytes', bytes, 'must be 6 bytes long (a bdaddr_t)');
  return `${HEX[bytes[5]!]}:${HEX[bytes[4]!]}:${HEX[bytes[3]!]}:${HEX[bytes[2]!]}:${HEX[bytes[1]!]}:${HEX[bytes[0]!]}`;
}

/** The address in its canonical text form (what the kernel's answer will read as). */
export function normalizeBdaddr(address: string | Uint8Array): string {
  return formatBdaddr(parseBdaddr(address));
}
