/**
 * AF_UNIX constants, read from the system headers by the native shim; each
 * is listed once, in constants.def (constants.generated.ts holds the typed
 * exports). A constant the platform lacks is undefined, as it is absent from
 * Python's module: SO_PEERPIDFD, SO_PASSPIDFD and SCM_PIDFD exist only with
 * Linux 6.5+ headers.
 */
import { nameOf, reverseMap } from '@sock/core/family';
import { groups } from './constants.generated.js';
import { addon } from './native.js';

export * from './constants.generated.js';

export type ConstantMap = Readonly<Record<string, number>>;

/** Every AF_UNIX constant this platform's headers define. */
export const constants: ConstantMap = Object.freeze({ ...addon.constants });

const scmNames = reverseMap(constants, groups.SCM);
const optionNames = reverseMap(constants, [...groups.SO, ...groups.LOCAL]);

/** 'SCM_RIGHTS' for a cmsg_type at level SOL_SOCKET; the number as a string when unknown. */
export function scmName(type: number): string {
  return nameOf(scmNames, type);
}

/** 'SO_PEERCRED' for an AF_UNIX socket option; the number as a string when unknown. */
export function unixOptionName(option: number): string {
  return nameOf(optionNames, option);
}
