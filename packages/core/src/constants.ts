/**
 * The generic constants (SOCK_*, SOL_*, SO_*, MSG_*, SCM_*, SHUT_*,
 * SOMAXCONN, AF_UNSPEC), read from the system headers by the native addon.
 * Each is listed once, in constants.def; constants.generated.ts holds the
 * typed exports. A constant the platform lacks is undefined, as it is absent
 * from Python's module.
 */
import { groups, MSG_CMSG_CLOEXEC as cmsgCloexec, MSG_NOSIGNAL as noSignal } from './constants.generated.js';
import { nameOf, reverseMap as kitReverseMap } from './family/constants.js';
import { native } from './native.js';
import { types } from 'node:util';
import { invalidArgType, outOfRange } from './errors.js';
import { boundedItems, validateString } from './validate.js';

export * from './constants.generated.js';

export type ConstantMap = Readonly<Record<string, number>>;

export const constants: ConstantMap = Object.freeze({ ...native.constants });

/** MSG_NOSIGNAL, or 0 where the platform has none (send() then needs no flag to add). */
export const MSG_NOSIGNAL: number = noSignal ?? 0;
/** MSG_CMSG_CLOEXEC, or 0 where the platform has none. */
export const MSG_CMSG_CLOEXEC: number = cmsgCloexec ?? 0;

/**
 * A reverse map of the constants of `map` whose names start with `prefix`:
 * `reverseMap(constants, 'SOCK_').get(1)` is 'SOCK_STREAM' on Linux. Where
 * several names share a value, the first in `prefer`, then in `map`, wins.
 * Family packages use `reverseMap(record, names)` from `@sock/core/family`.
 */
export function reverseMap(map: ConstantMap, prefix: string, prefer: readonly string[] = []): ReadonlyMap<number, string> {
  if (map === null || typeof map !== 'object' || types.isProxy(map) || Array.isArray(map) || ArrayBuffer.isView(map)) {
    throw invalidArgType('map', 'an object of constants', map);
  }
  validateString(prefix, 'prefix');
  const first = boundedItems(prefer, 'prefer', MAX_NAMES, 'an array of constant names');
  first.forEach((n, i) => validateString(n, `prefer[${i}]`));
  const names = Object.keys(map);
  if (names.length > MAX_NAMES) throw outOfRange('map', `an object of at most ${MAX_NAMES} constants`, `${names.length} keys`);
  return kitReverseMap(map, [...(first as string[]), ...names.filter((n) => n.startsWith(prefix))]);
}

/** The most names reverseMap takes: far more constants than any header defines, so its cost stays bounded. */
const MAX_NAMES = 65536;

const sockTypeNames = kitReverseMap(constants, groups.SOCK);

/** 'SOCK_STREAM' for 1 on Linux; the number as a string when unknown. */
export function sockTypeName(type: number): string {
  if (typeof type !== 'number') throw invalidArgType('type', 'of type number', type);
  return nameOf(sockTypeNames, type);
}
