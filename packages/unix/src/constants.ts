/**
 * AF_UNIX constants, read from the system headers by the native shim. A
 * constant the platform lacks is absent (undefined), as in Python's module:
 * SO_PEERPIDFD, SO_PASSPIDFD and SCM_PIDFD exist only with Linux 6.5+ headers.
 */
import { unixNative } from './native.js';

export type ConstantMap = Readonly<Record<string, number>>;

/** Every AF_UNIX constant this platform's headers define. */
export const constants: ConstantMap = Object.freeze({ ...unixNative.constants });

function required(name: string): number {
  const v = constants[name];
  if (v === undefined) throw new Error(`@sock/unix: this platform's headers define no ${name}`);
  return v;
}

export const AF_UNIX: number = required('AF_UNIX');
export const PF_UNIX: number | undefined = constants.PF_UNIX;
export const AF_LOCAL: number | undefined = constants.AF_LOCAL;
export const PF_LOCAL: number | undefined = constants.PF_LOCAL;
export const SCM_RIGHTS: number = required('SCM_RIGHTS');
/** sizeof(sun_path): 108 on Linux, 104 on macOS and the BSDs. */
export const UNIX_PATH_MAX: number = required('UNIX_PATH_MAX');

export const SCM_CREDENTIALS: number | undefined = constants.SCM_CREDENTIALS;
export const SCM_CREDS: number | undefined = constants.SCM_CREDS;
export const SCM_PIDFD: number | undefined = constants.SCM_PIDFD;
export const SCM_SECURITY: number | undefined = constants.SCM_SECURITY;
export const SO_PASSCRED: number | undefined = constants.SO_PASSCRED;
export const SO_PASSPIDFD: number | undefined = constants.SO_PASSPIDFD;
export const SO_PASSRIGHTS: number | undefined = constants.SO_PASSRIGHTS;
export const SO_PASSSEC: number | undefined = constants.SO_PASSSEC;
export const SO_PEERCRED: number | undefined = constants.SO_PEERCRED;
export const SO_PEERGROUPS: number | undefined = constants.SO_PEERGROUPS;
export const SO_PEERPIDFD: number | undefined = constants.SO_PEERPIDFD;
export const SO_PEERSEC: number | undefined = constants.SO_PEERSEC;
export const SOL_LOCAL: number | undefined = constants.SOL_LOCAL;
export const LOCAL_PEERCRED: number | undefined = constants.LOCAL_PEERCRED;
export const SIOCUNIXFILE: number | undefined = constants.SIOCUNIXFILE;

function reverse(prefixes: readonly string[], prefer: readonly string[]): ReadonlyMap<number, string> {
  const out = new Map<number, string>();
  for (const n of prefer) if (constants[n] !== undefined && !out.has(constants[n]!)) out.set(constants[n]!, n);
  for (const [n, v] of Object.entries(constants)) {
    if (prefixes.some((p) => n.startsWith(p)) && !out.has(v)) out.set(v, n);
  }
  return out;
}

const scmNames = reverse(['SCM_'], ['SCM_RIGHTS', 'SCM_CREDENTIALS']);
const optionNames = reverse(['SO_', 'LOCAL_'], []);

/** 'SCM_RIGHTS' for a cmsg_type at level SOL_SOCKET; the number as a string when unknown. */
export function scmName(type: number): string {
  return scmNames.get(type) ?? String(type);
}

/** 'SO_PEERCRED' for an AF_UNIX socket option; the number as a string when unknown. */
export function unixOptionName(option: number): string {
  return optionNames.get(option) ?? String(option);
}
