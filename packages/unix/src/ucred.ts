/**
 * struct ucred — `{pid, uid, gid}` — the payload of SCM_CREDENTIALS items
 * and the value of SO_PEERCRED, laid out as this platform's headers lay it
 * out (offsets and sizes come from the native shim).
 */
import { endianness } from 'node:os';
import { errno, fromErrno, invalidArgType, outOfRange, toBytes, validateInteger, validateObject } from '@sock/core';
import { addon } from './native.js';

/** A process's credentials as the kernel reports them. */
export interface Ucred {
  pid: number;
  uid: number;
  gid: number;
}

const UCRED = addon.layout.ucred;
const LE = endianness() === 'LE';

/** The error for a struct or option this platform's headers do not define. */
export function unsupported(what: string): Error {
  return fromErrno(errno.ENOPROTOOPT!, 'getsockopt', `${what} is not defined by this platform's headers`);
}

/** sizeof(struct ucred), or undefined where the platform has none. */
export const UCRED_SIZE: number | undefined = UCRED?.size;

function layout(): NonNullable<typeof UCRED> {
  if (!UCRED) throw unsupported('struct ucred (SCM_CREDENTIALS, SO_PEERCRED)');
  return UCRED;
}

function put(buf: Buffer, field: { offset: number; size: number }, value: number, signed: boolean): void {
  const n = field.size;
  if (signed) {
    if (LE) buf.writeIntLE(value, field.offset, n);
    else buf.writeIntBE(value, field.offset, n);
  } else if (LE) buf.writeUIntLE(value, field.offset, n);
  else buf.writeUIntBE(value, field.offset, n);
}

function get(buf: Buffer, field: { offset: number; size: number }, signed: boolean): number {
  const n = field.size;
  if (signed) return LE ? buf.readIntLE(field.offset, n) : buf.readIntBE(field.offset, n);
  return LE ? buf.readUIntLE(field.offset, n) : buf.readUIntBE(field.offset, n);
}

function fieldValue(cred: object, key: 'pid' | 'uid' | 'gid', size: number, signed: boolean): number {
  const bits = size * 8;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  return validateInteger((cred as Record<string, unknown>)[key], `cred.${key}`, signed ? -(2 ** (bits - 1)) : 0, max);
}

/** The struct ucred bytes for `cred` (pid_t is signed, uid_t and gid_t unsigned). */
export function encodeUcred(cred: Ucred): Buffer {
  const L = layout();
  validateObject(cred, 'cred', 'an object with pid, uid and gid');
  const buf = Buffer.alloc(L.size);
  put(buf, L.pid, fieldValue(cred, 'pid', L.pid.size, true), true);
  put(buf, L.uid, fieldValue(cred, 'uid', L.uid.size, false), false);
  put(buf, L.gid, fieldValue(cred, 'gid', L.gid.size, false), false);
  return buf;
}

/** Reads a struct ucred; fewer than sizeof(struct ucred) bytes is a RangeError. */
export function decodeUcred(bytes: ArrayBufferView): Ucred {
  const L = layout();
  const raw = toBytes(bytes, 'bytes');
  if (raw.length < L.size) throw outOfRange('bytes.byteLength', `>= ${L.size} (sizeof(struct ucred))`, raw.length);
  const buf = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  return { pid: get(buf, L.pid, true), uid: get(buf, L.uid, false), gid: get(buf, L.gid, false) };
}

/** This process's own credentials: what the kernel reports to a peer by default. */
export function processCredentials(): Ucred {
  if (!process.getuid || !process.getgid) throw unsupported('struct ucred');
  return { pid: process.pid, uid: process.getuid(), gid: process.getgid() };
}
