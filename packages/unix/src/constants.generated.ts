// generated from constants.def by sock-gen-constants — do not edit
import { constantTable } from '@sock/core/family';
import type { FamilyNumber } from '@sock/core/family';
import { addon } from './native.js';

const c = constantTable(addon.constants);

export const AF_UNIX: FamilyNumber<'AF_UNIX'> = c.family<'AF_UNIX'>('AF_UNIX');
export const PF_UNIX: FamilyNumber<'AF_UNIX'> = c.family<'AF_UNIX'>('PF_UNIX');
export const AF_LOCAL: FamilyNumber<'AF_LOCAL'> = c.family<'AF_LOCAL'>('AF_LOCAL');
export const PF_LOCAL: FamilyNumber<'AF_LOCAL'> = c.family<'AF_LOCAL'>('PF_LOCAL');
export const AF_FILE: FamilyNumber<'AF_FILE'> = c.family<'AF_FILE'>('AF_FILE');
export const PF_FILE: FamilyNumber<'AF_FILE'> = c.family<'AF_FILE'>('PF_FILE');
export const SCM_RIGHTS: number = c.linux('SCM_RIGHTS');
export const SCM_CREDENTIALS: number = c.linux('SCM_CREDENTIALS');
export const SCM_SECURITY: number | undefined = c.optional('SCM_SECURITY');
export const SCM_PIDFD: number | undefined = c.optional('SCM_PIDFD');
export const SCM_CREDS: number | undefined = c.optional('SCM_CREDS');
export const SCM_CREDS2: number | undefined = c.optional('SCM_CREDS2');
export const SO_PASSCRED: number = c.linux('SO_PASSCRED');
export const SO_PASSPIDFD: number | undefined = c.optional('SO_PASSPIDFD');
export const SO_PASSRIGHTS: number | undefined = c.optional('SO_PASSRIGHTS');
export const SO_PASSSEC: number = c.linux('SO_PASSSEC');
export const SO_PEERCRED: number = c.linux('SO_PEERCRED');
export const SO_PEERGROUPS: number = c.linux('SO_PEERGROUPS');
export const SO_PEERPIDFD: number | undefined = c.optional('SO_PEERPIDFD');
export const SO_PEERSEC: number = c.linux('SO_PEERSEC');
export const SOL_LOCAL: number | undefined = c.optional('SOL_LOCAL');
export const LOCAL_CONNWAIT: number | undefined = c.optional('LOCAL_CONNWAIT');
export const LOCAL_CREDS: number | undefined = c.optional('LOCAL_CREDS');
export const LOCAL_CREDS_PERSISTENT: number | undefined = c.optional('LOCAL_CREDS_PERSISTENT');
export const LOCAL_OCREDS: number | undefined = c.optional('LOCAL_OCREDS');
export const LOCAL_PEERCRED: number | undefined = c.optional('LOCAL_PEERCRED');
export const LOCAL_PEEREPID: number | undefined = c.optional('LOCAL_PEEREPID');
export const LOCAL_PEEREUUID: number | undefined = c.optional('LOCAL_PEEREUUID');
export const LOCAL_PEERPID: number | undefined = c.optional('LOCAL_PEERPID');
export const LOCAL_PEERUUID: number | undefined = c.optional('LOCAL_PEERUUID');
export const LOCAL_VENDOR: number | undefined = c.optional('LOCAL_VENDOR');
export const UNIX_PATH_MAX: number = c.linux('UNIX_PATH_MAX');
export const SIOCUNIXFILE: number | undefined = c.optional('SIOCUNIXFILE');

/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */
export const groups = {
  AF: ['AF_UNIX', 'PF_UNIX', 'AF_LOCAL', 'PF_LOCAL', 'AF_FILE', 'PF_FILE'],
  SCM: ['SCM_RIGHTS', 'SCM_CREDENTIALS', 'SCM_SECURITY', 'SCM_PIDFD', 'SCM_CREDS', 'SCM_CREDS2'],
  SO: [
    'SO_PASSCRED', 'SO_PASSPIDFD', 'SO_PASSRIGHTS', 'SO_PASSSEC', 'SO_PEERCRED', 'SO_PEERGROUPS', 'SO_PEERPIDFD',
    'SO_PEERSEC',
  ],
  SOL: ['SOL_LOCAL'],
  LOCAL: [
    'LOCAL_CONNWAIT', 'LOCAL_CREDS', 'LOCAL_CREDS_PERSISTENT', 'LOCAL_OCREDS', 'LOCAL_PEERCRED', 'LOCAL_PEEREPID',
    'LOCAL_PEEREUUID', 'LOCAL_PEERPID', 'LOCAL_PEERUUID', 'LOCAL_VENDOR',
  ],
  MISC: ['UNIX_PATH_MAX', 'SIOCUNIXFILE'],
} as const;
