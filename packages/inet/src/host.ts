/**
 * Host names as Python's socket module takes them. Two conversions exist in
 * CPython and they differ:
 *
 * - In an address tuple (bind, connect, sendto, ...): an ASCII str passes as
 *   it is, a non-ASCII one is IDNA-encoded (failure: TypeError 'encoding of
 *   hostname failed'); bytes pass as they are; a NUL is a TypeError.
 * - As a resolver argument (getaddrinfo, gethostbyname*, gethostbyaddr):
 *   every str goes through the 'idna' codec, which also checks ASCII labels
 *   (an empty or over-long label is a UnicodeError).
 *
 * Non-ASCII names are converted with the WHATWG URL rules (UTS #46, as
 * `url.domainToASCII`), where Python's codec follows IDNA 2003; the two
 * agree except for a few characters such as 'ß' (IDNA 2003 maps it to 'ss').
 * A NUL is refused in both cases here, where CPython would silently cut the
 * name short in the second.
 */
import { domainToASCII } from 'node:url';
import { types } from 'node:util';
import { invalidArgType, invalidArgValue, toBytes } from '@sock/core';

/** A host ready for libc: a string (ASCII) or the raw bytes the caller gave. */
export type HostName = string | Buffer;

const NON_ASCII = /[^\x00-\x7f]/;

function isBytes(value: unknown): value is Uint8Array {
  return !types.isProxy(value) && value instanceof Uint8Array;
}

function fromBytes(value: Uint8Array): HostName {
  const bytes = toBytes(value, 'host');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.every((b) => b < 0x80) ? buf.toString('latin1') : Buffer.from(buf);
}

function idna(text: string, name: string): string {
  const ascii = domainToASCII(text);
  if (ascii === '') throw invalidArgValue(name, text, "could not be IDNA-encoded (encoding with 'idna' codec failed)");
  return ascii;
}

function refuseNul(host: HostName, name: string, original: unknown): void {
  if (typeof host === 'string' ? host.includes('\0') : host.includes(0)) {
    throw invalidArgValue(name, original, 'must not contain null characters (host name must not contain null character)');
  }
}

/** The host of an address tuple (CPython's idna_converter). */
export function addressHost(value: unknown, name = 'host'): HostName {
  let host: HostName;
  if (typeof value === 'string') host = NON_ASCII.test(value) ? idna(value, name) : value;
  else if (isBytes(value)) host = fromBytes(value);
  else throw invalidArgType(name, 'of type string or an instance of Buffer or Uint8Array', value);
  refuseNul(host, name, value);
  return host;
}

/** Python's 'idna' codec on an ASCII name: every label but the last 1..63 characters, the last under 64. */
function checkLabels(text: string, name: string): void {
  if (text === '') return;
  const labels = text.split('.');
  for (let i = 0; i < labels.length; i++) {
    const n = labels[i]!.length;
    const last = i === labels.length - 1;
    if (last ? n >= 64 : n === 0 || n >= 64) {
      const why = last ? 'label too long' : 'label empty or too long';
      throw invalidArgValue(name, text, `could not be IDNA-encoded (encoding with 'idna' codec failed (UnicodeError: ${why}))`);
    }
  }
}

/** A host argument of a resolver function (the 'idna' codec), or null where the function allows None. */
export function resolverHost(value: unknown, name: string, fn: string, nullable: boolean): HostName | null {
  if (nullable && (value === null || value === undefined)) return null;
  let host: HostName;
  if (typeof value === 'string') {
    if (NON_ASCII.test(value)) {
      host = idna(value, name);
    } else {
      checkLabels(value, name);
      host = value;
    }
  } else if (isBytes(value)) {
    host = fromBytes(value);
  } else {
    const expected = nullable ? 'of type string, an instance of Buffer, or null' : 'of type string or an instance of Buffer';
    throw invalidArgType(name, `${expected} (${fn}() argument 1 must be ${nullable ? 'string or None' : 'str, bytes or bytearray'})`, value);
  }
  refuseNul(host, name, value);
  return host;
}
