// generated from constants.def by sock-gen-constants — do not edit
import { constantTable } from '@sock/core/family';
import type { FamilyNumber } from '@sock/core/family';
import { addon } from './native.js';

const c = constantTable(addon.constants);

export const AF_QIPCRTR: FamilyNumber<'AF_QIPCRTR'> = c.family<'AF_QIPCRTR'>('AF_QIPCRTR');
export const PF_QIPCRTR: FamilyNumber<'AF_QIPCRTR'> = c.family<'AF_QIPCRTR'>('PF_QIPCRTR');
export const QRTR_NODE_BCAST: number = c.linux('QRTR_NODE_BCAST');
export const QRTR_PORT_CTRL: number = c.linux('QRTR_PORT_CTRL');
export const QRTR_TYPE_DATA: number = c.linux('QRTR_TYPE_DATA');
export const QRTR_TYPE_HELLO: number = c.linux('QRTR_TYPE_HELLO');
export const QRTR_TYPE_BYE: number = c.linux('QRTR_TYPE_BYE');
export const QRTR_TYPE_NEW_SERVER: number = c.linux('QRTR_TYPE_NEW_SERVER');
export const QRTR_TYPE_DEL_SERVER: number = c.linux('QRTR_TYPE_DEL_SERVER');
export const QRTR_TYPE_DEL_CLIENT: number = c.linux('QRTR_TYPE_DEL_CLIENT');
export const QRTR_TYPE_RESUME_TX: number = c.linux('QRTR_TYPE_RESUME_TX');
export const QRTR_TYPE_EXIT: number | undefined = c.optional('QRTR_TYPE_EXIT');
export const QRTR_TYPE_PING: number | undefined = c.optional('QRTR_TYPE_PING');
export const QRTR_TYPE_NEW_LOOKUP: number | undefined = c.optional('QRTR_TYPE_NEW_LOOKUP');
export const QRTR_TYPE_DEL_LOOKUP: number | undefined = c.optional('QRTR_TYPE_DEL_LOOKUP');

/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */
export const groups = {
  AF: ['AF_QIPCRTR', 'PF_QIPCRTR'],
  QRTR: ['QRTR_NODE_BCAST', 'QRTR_PORT_CTRL'],
  QRTR_TYPE: [
    'QRTR_TYPE_DATA', 'QRTR_TYPE_HELLO', 'QRTR_TYPE_BYE', 'QRTR_TYPE_NEW_SERVER', 'QRTR_TYPE_DEL_SERVER',
    'QRTR_TYPE_DEL_CLIENT', 'QRTR_TYPE_RESUME_TX', 'QRTR_TYPE_EXIT', 'QRTR_TYPE_PING', 'QRTR_TYPE_NEW_LOOKUP',
    'QRTR_TYPE_DEL_LOOKUP',
  ],
} as const;
