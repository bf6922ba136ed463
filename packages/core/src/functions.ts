/** Module functions of Python's socket module that belong to no family. */
import { types } from 'node:util';
import { errno as E, fromErrno, invalidArgType, osError } from './errors.js';
import { native } from './native.js';
import { Socket } from './socket.js';
import type { FamilyNumber } from './family-number.js';
import { shareFdOf } from './state.js';
import { validateInt32, validateInteger, UINT32_MAX } from './validate.js';

const ECONNRESET = -E.ECONNRESET!;

/** Python's `socket.close(fd)`: closes a socket fd; ECONNRESET is ignored. */
export function close(fd: number): void {
  const r = native.close(validateInt32(fd, 'fd'));
  if (r < 0 && r !== ECONNRESET) throw fromErrno(r, 'close');
}

/** Python's `socket.fromfd(fd, family, type, proto=0)`: a Socket on a duplicate of `fd`, typed by `family`. */
export function fromfd<F extends string = string>(fd: number, family: FamilyNumber<F>, type: number, proto = 0): Socket<F> {
  const orig = validateInteger(fd, 'fd', 0, 0x7fffffff);
  const dupd = native.dup(orig);
  if (dupd < 0) throw fromErrno(dupd, 'dup');
  shareFdOf(orig);
  try {
    return new Socket(family, type, proto, dupd);
  } catch (err) {
    native.close(dupd);
    throw err;
  }
}

/** Wraps `if_nameindex(3)`: `[index, name]` for every interface. */
export function ifNameindex(): Array<[number, string]> {
  const r = native.ifNameindex();
  if (typeof r === 'number') throw fromErrno(r, 'if_nameindex');
  return r;
}

/** Wraps `if_nametoindex(3)`. An unknown name is OSError('no interface with this name'). */
export function ifNametoindex(name: string | Buffer): number {
  if (types.isProxy(name)) throw invalidArgType('name', 'of type string or an instance of Buffer', name);
  const s = Buffer.isBuffer(name) ? name.toString('latin1') : name;
  if (typeof s !== 'string') throw invalidArgType('name', 'of type string or an instance of Buffer', name);
  if (s.includes('\0')) throw invalidArgType('name', 'a string without null bytes', name);
  const index = native.ifNametoindex(s);
  if (index === 0) throw osError('no interface with this name');
  return index;
}

/** Wraps `if_indextoname(3)`. */
export function ifIndextoname(index: number): string {
  const r = native.ifIndextoname(validateInteger(index, 'index', 0, UINT32_MAX));
  if (typeof r === 'number') throw fromErrno(r, 'if_indextoname');
  return r;
}
