/**
 * The generic constants (SOCK_*, SOL_SOCKET, SO_*, MSG_*, SHUT_*, SCM_*,
 * SOMAXCONN, AF_UNSPEC), read from the system headers by the native addon.
 * A constant the platform lacks is absent, as in Python's module.
 */
import { native } from './native.js';

export type ConstantMap = Readonly<Record<string, number>>;

export const constants: ConstantMap = Object.freeze({ ...native.constants });

const pick = (name: string): number => {
  const v = constants[name];
  if (v === undefined) throw new Error(`@sock/core: this platform's headers define no ${name}`);
  return v;
};

// The constants every platform has, as typed exports.
export const AF_UNSPEC = pick('AF_UNSPEC');
export const SOCK_STREAM = pick('SOCK_STREAM');
export const SOCK_DGRAM = pick('SOCK_DGRAM');
export const SOCK_RAW = pick('SOCK_RAW');
export const SOCK_SEQPACKET = pick('SOCK_SEQPACKET');
export const SOL_SOCKET = pick('SOL_SOCKET');
export const SO_ERROR = pick('SO_ERROR');
export const SO_TYPE = pick('SO_TYPE');
export const SO_REUSEADDR = pick('SO_REUSEADDR');
export const SO_RCVBUF = pick('SO_RCVBUF');
export const SO_SNDBUF = pick('SO_SNDBUF');
export const SO_KEEPALIVE = pick('SO_KEEPALIVE');
export const SO_LINGER = pick('SO_LINGER');
export const SO_BROADCAST = pick('SO_BROADCAST');
export const MSG_PEEK = pick('MSG_PEEK');
export const MSG_OOB = pick('MSG_OOB');
export const MSG_TRUNC = pick('MSG_TRUNC');
export const MSG_CTRUNC = pick('MSG_CTRUNC');
export const MSG_DONTWAIT = pick('MSG_DONTWAIT');
export const MSG_WAITALL = pick('MSG_WAITALL');
export const SHUT_RD = pick('SHUT_RD');
export const SHUT_WR = pick('SHUT_WR');
export const SHUT_RDWR = pick('SHUT_RDWR');
export const SCM_RIGHTS = pick('SCM_RIGHTS');
export const SOMAXCONN = pick('SOMAXCONN');
export const SOCK_NONBLOCK: number | undefined = constants.SOCK_NONBLOCK;
export const SOCK_CLOEXEC: number | undefined = constants.SOCK_CLOEXEC;
export const MSG_NOSIGNAL: number = constants.MSG_NOSIGNAL ?? 0;
export const MSG_CMSG_CLOEXEC: number = constants.MSG_CMSG_CLOEXEC ?? 0;
export const SO_DOMAIN: number | undefined = constants.SO_DOMAIN;
export const SO_REUSEPORT: number | undefined = constants.SO_REUSEPORT;
export const SO_RCVTIMEO = pick('SO_RCVTIMEO');
export const SO_SNDTIMEO = pick('SO_SNDTIMEO');
export const SO_ACCEPTCONN: number | undefined = constants.SO_ACCEPTCONN;
export const SO_PEERCRED: number | undefined = constants.SO_PEERCRED;
export const SO_PASSCRED: number | undefined = constants.SO_PASSCRED;
export const SCM_CREDENTIALS: number | undefined = constants.SCM_CREDENTIALS;
export const MSG_EOR = pick('MSG_EOR');
export const MSG_MORE: number | undefined = constants.MSG_MORE;
export const SO_PROTOCOL: number | undefined = constants.SO_PROTOCOL;

/**
 * A reverse map for readable output: `nameOf(SOCK_STREAM, 'SOCK_')` is
 * 'SOCK_STREAM'; unknown values give undefined. Where several names share a
 * value, the first defined wins unless `prefer` lists one.
 */
export function reverseMap(map: ConstantMap, prefix: string, prefer: readonly string[] = []): ReadonlyMap<number, string> {
  const out = new Map<number, string>();
  for (const n of prefer) if (map[n] !== undefined) out.set(map[n]!, n);
  for (const [n, v] of Object.entries(map)) if (n.startsWith(prefix) && !out.has(v)) out.set(v, n);
  return out;
}

const sockTypeNames = reverseMap(constants, 'SOCK_', ['SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW', 'SOCK_RDM', 'SOCK_SEQPACKET']);

/** 'SOCK_STREAM' for 1 on Linux; the number as a string when unknown. */
export function sockTypeName(type: number): string {
  return sockTypeNames.get(type) ?? String(type);
}
