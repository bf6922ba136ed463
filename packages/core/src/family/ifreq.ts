/**
 * Interface names and indexes through a family's own socket: ioctl(2)
 * SIOCGIFINDEX and SIOCGIFNAME on its fd, which answer for that socket's
 * network namespace (AF_CAN resolves its interface this way, as CPython does).
 */
import { fromErrno } from '../errors.js';
import { native } from '../native.js';
import { validateInteger, validateString } from '../validate.js';

/** ioctl(fd, SIOCGIFINDEX): the index of interface `name`. OSError ENODEV when there is none (or the name is too long for one). */
export function ifNameToIndex(fd: number, name: string): number {
  const r = native.ifNameToIndex(validateInteger(fd, 'fd', -1), validateString(name, 'name'));
  if (r < 0) throw fromErrno(r, 'ioctl');
  return r;
}

/** ioctl(fd, SIOCGIFNAME): the name of interface `index`. OSError ENODEV when there is none. */
export function ifIndexToName(fd: number, index: number): string {
  const r = native.ifIndexToName(validateInteger(fd, 'fd', -1), validateInteger(index, 'index', 0));
  if (typeof r === 'number') throw fromErrno(r, 'ioctl');
  return r;
}
