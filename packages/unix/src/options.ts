/**
 * Typed helpers for the SOL_SOCKET options only AF_UNIX sockets answer,
 * sorted by C name. Each is one getsockopt(2) / setsockopt(2) call. An
 * option this platform's headers lack, or that the kernel refuses, raises
 * OSError ENOPROTOOPT with a message that says which and why.
 */
import { endianness } from 'node:os';
import { errno, fromErrno, invalidArgType, SOL_SOCKET, type Socket } from '@sock/core';
import { validateSocket } from '@sock/core';
import { getsockoptBytes } from '@sock/core/family';
import { SO_PASSCRED, SO_PASSPIDFD, SO_PASSSEC, SO_PEERCRED, SO_PEERGROUPS, SO_PEERPIDFD, SO_PEERSEC } from './constants.js';
import { addon } from './native.js';
import { decodeUcred, unsupported, type Ucred } from './ucred.js';

const ENOPROTOOPT = errno.ENOPROTOOPT!;
const ERANGE = errno.ERANGE!;
const GID_SIZE = addon.layout.sizeofGid;
/** NGROUPS_MAX on Linux: the most supplementary groups a process can have. */
const MAX_GROUPS = 65536;
const LE = endianness() === 'LE';

function option(value: number | undefined, name: string): number {
  if (value === undefined) throw unsupported(name);
  return value;
}

function getFlag(sock: Socket, opt: number | undefined, name: string): boolean {
  return sock.getsockopt(SOL_SOCKET, option(opt, name)) !== 0;
}

function setFlag(sock: Socket, opt: number | undefined, name: string, on: boolean): void {
  if (typeof on !== 'boolean') throw invalidArgType('on', 'of type boolean', on);
  sock.setsockopt(SOL_SOCKET, option(opt, name), on ? 1 : 0);
}

/** getsockopt into a buffer of `size` bytes, via core's addon (Python's buffer form caps at 1024). */
function getBytes(sock: Socket, opt: number, size: number): Buffer | number {
  return getsockoptBytes(sock, SOL_SOCKET, opt, size);
}

/** SO_PASSCRED: whether received messages carry the sender's SCM_CREDENTIALS. */
export function getPassCred(sock: Socket): boolean {
  validateSocket(sock);
  return getFlag(sock, SO_PASSCRED, 'SO_PASSCRED');
}

/**
 * Sets SO_PASSCRED. On Linux it also autobinds an unbound socket, so its
 * name changes from '' to an abstract one.
 */
export function setPassCred(sock: Socket, on: boolean): void {
  validateSocket(sock);
  setFlag(sock, SO_PASSCRED, 'SO_PASSCRED', on);
}

/** SO_PASSPIDFD (Linux 6.5+): whether received messages carry an SCM_PIDFD for the sender. */
export function getPassPidfd(sock: Socket): boolean {
  validateSocket(sock);
  return getFlag(sock, SO_PASSPIDFD, 'SO_PASSPIDFD');
}

export function setPassPidfd(sock: Socket, on: boolean): void {
  validateSocket(sock);
  setFlag(sock, SO_PASSPIDFD, 'SO_PASSPIDFD', on);
}

/** SO_PASSSEC: whether received messages carry the sender's security label (SCM_SECURITY). */
export function getPassSec(sock: Socket): boolean {
  validateSocket(sock);
  return getFlag(sock, SO_PASSSEC, 'SO_PASSSEC');
}

export function setPassSec(sock: Socket, on: boolean): void {
  validateSocket(sock);
  setFlag(sock, SO_PASSSEC, 'SO_PASSSEC', on);
}

/**
 * SO_PEERCRED: the credentials of the process that called connect(2) or
 * listen(2) on the other end (or created the socketpair), as of that call.
 */
export function getPeerCred(sock: Socket): Ucred {
  validateSocket(sock);
  const opt = option(SO_PEERCRED, 'SO_PEERCRED');
  const size = addon.layout.ucred?.size;
  if (size === undefined) throw unsupported('struct ucred (SO_PEERCRED)');
  return decodeUcred(sock.getsockopt(SOL_SOCKET, opt, size) as Buffer);
}

/** SO_PEERGROUPS (Linux 4.13+): the peer's supplementary group ids, as of connect(2). */
export function getPeerGroups(sock: Socket): number[] {
  validateSocket(sock);
  const opt = option(SO_PEERGROUPS, 'SO_PEERGROUPS');
  let r = getBytes(sock, opt, 1024);
  if (r === -ERANGE) r = getBytes(sock, opt, MAX_GROUPS * GID_SIZE);
  if (typeof r === 'number') throw fromErrno(r, 'getsockopt');
  const groups: number[] = [];
  for (let i = 0; i + GID_SIZE <= r.length; i += GID_SIZE) groups.push(LE ? r.readUIntLE(i, GID_SIZE) : r.readUIntBE(i, GID_SIZE));
  return groups;
}

/**
 * SO_PEERPIDFD (Linux 6.5+): a new pidfd for the peer process. The caller
 * owns it and closes it (fs.closeSync or core's `close`).
 */
export function getPeerPidfd(sock: Socket): number {
  validateSocket(sock);
  return sock.getsockopt(SOL_SOCKET, option(SO_PEERPIDFD, 'SO_PEERPIDFD')) as number;
}

/**
 * SO_PEERSEC: the peer's security label (an SELinux context, an AppArmor
 * profile, a Smack label). Kernels without a Linux security module that
 * labels sockets refuse it with ENOPROTOOPT.
 */
export function getPeerSec(sock: Socket): string {
  validateSocket(sock);
  const opt = option(SO_PEERSEC, 'SO_PEERSEC');
  let r = getBytes(sock, opt, 1024);
  if (r === -ERANGE) r = getBytes(sock, opt, 65536);
  if (r === -ENOPROTOOPT) {
    throw fromErrno(ENOPROTOOPT, 'getsockopt', 'Protocol not available: SO_PEERSEC needs a Linux security module that labels sockets (SELinux, Smack or AppArmor)');
  }
  if (typeof r === 'number') throw fromErrno(r, 'getsockopt');
  const end = r.indexOf(0);
  return r.toString('utf8', 0, end < 0 ? r.length : end);
}
