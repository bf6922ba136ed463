/**
 * Typed AF_UNIX ancillary items: build the `[level, type, data]` items that
 * sendmsg takes, and read the items recvmsg returns.
 */
import { closeQuietly } from '@sock/core/family';
import { fdsOf, invalidArgType, packFds, SCM_RIGHTS, SOL_SOCKET, type AncillaryInput, type AncillaryItem } from '@sock/core';
import { types } from 'node:util';
import { ancillaryItems, boundedItems, validateInteger } from '@sock/core';
import { SCM_CREDENTIALS, SCM_PIDFD } from './constants.js';

/** As core's limit on items and fds per call. */
const MAX_ITEMS = 65536;
const INT32_MAX = 0x7fffffff;
import { decodeUcred, encodeUcred, processCredentials, unsupported, UCRED_SIZE, type Ucred } from './ucred.js';

/** An SCM_RIGHTS item passing `fds` (the kernel installs duplicates in the receiver). */
export function rightsItem(fds: Iterable<number>): AncillaryInput {
  return [SOL_SOCKET, SCM_RIGHTS, packFds(fds)];
}

/**
 * An SCM_CREDENTIALS item (Linux). Without `cred` it carries this process's
 * own pid, uid and gid; other values need privilege (CAP_SYS_ADMIN for the
 * pid, CAP_SETUID / CAP_SETGID for the ids) or sendmsg fails with EPERM.
 * The receiver sees credentials only with SO_PASSCRED set.
 */
export function credentialsItem(cred: Ucred = processCredentials()): AncillaryInput {
  if (SCM_CREDENTIALS === undefined) throw unsupported('SCM_CREDENTIALS');
  return [SOL_SOCKET, SCM_CREDENTIALS, encodeUcred(cred)];
}

/** The fds of every SCM_RIGHTS item, in order (a trailing partial int is dropped, as recv_fds does). */
export function rightsOf(items: readonly AncillaryItem[]): number[] {
  return fdsOf(items, SOL_SOCKET, SCM_RIGHTS);
}

/** The credentials of every SCM_CREDENTIALS item (usually one per message). */
export function credentialsOf(items: readonly AncillaryItem[]): Ucred[] {
  if (SCM_CREDENTIALS === undefined || UCRED_SIZE === undefined) return [];
  const out: Ucred[] = [];
  for (const [level, type, data] of ancillaryItems(items, 'items')) {
    if (level === SOL_SOCKET && type === SCM_CREDENTIALS && data.length >= UCRED_SIZE) out.push(decodeUcred(data));
  }
  return out;
}

/** Everything an AF_UNIX message's ancillary data carried, sorted by kind. */
export interface UnixAncillary {
  /** From SCM_RIGHTS: fds now open in this process; the caller closes them. */
  fds: number[];
  /** From SCM_CREDENTIALS (with SO_PASSCRED). */
  credentials: Ucred[];
  /** From SCM_PIDFD (with SO_PASSPIDFD, Linux 6.5+): pidfds the caller closes. */
  pidfds: number[];
  /** Items of any other kind, as received. */
  other: AncillaryItem[];
}

/** Sorts recvmsg's ancillary items into fds, credentials, pidfds and the rest. */
export function parseAncillary(items: readonly AncillaryItem[]): UnixAncillary {
  const out: UnixAncillary = { fds: [], credentials: [], pidfds: [], other: [] };
  for (const item of ancillaryItems(items, 'items')) {
    const [level, type] = item;
    if (level === SOL_SOCKET && type === SCM_RIGHTS) out.fds.push(...rightsOf([item]));
    else if (level === SOL_SOCKET && type === SCM_CREDENTIALS && UCRED_SIZE !== undefined && item[2].length >= UCRED_SIZE) {
      out.credentials.push(decodeUcred(item[2]));
    } else if (level === SOL_SOCKET && SCM_PIDFD !== undefined && type === SCM_PIDFD) out.pidfds.push(...fdsOf([item], SOL_SOCKET, SCM_PIDFD));
    else out.other.push(item);
  }
  return out;
}

/** Closes every fd and pidfd an ancillary parse holds (for error paths and tests). */
export function closeReceived(parsed: Pick<UnixAncillary, 'fds' | 'pidfds'>): void {
  if (parsed === null || typeof parsed !== 'object' || types.isProxy(parsed)) throw invalidArgType('parsed', 'an object with fds and pidfds', parsed);
  const fds = boundedItems(parsed.fds, 'parsed.fds', MAX_ITEMS, 'an array of fds');
  const pidfds = boundedItems(parsed.pidfds, 'parsed.pidfds', MAX_ITEMS, 'an array of fds');
  const all = [...fds, ...pidfds].map((fd, i) => validateInteger(fd, `fds[${i}]`, 0, INT32_MAX));
  for (const fd of all) closeQuietly(fd);
}
