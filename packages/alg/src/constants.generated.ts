// generated from constants.def by sock-gen-constants — do not edit
import { constantTable } from '@sock/core/family';
import type { FamilyNumber } from '@sock/core/family';
import { addon } from './native.js';

const c = constantTable(addon.constants);

export const AF_ALG: FamilyNumber<'AF_ALG'> = c.family<'AF_ALG'>('AF_ALG');
export const PF_ALG: FamilyNumber<'AF_ALG'> = c.family<'AF_ALG'>('PF_ALG');
export const SOL_ALG: number = c.linux('SOL_ALG');
export const ALG_SET_KEY: number = c.linux('ALG_SET_KEY');
export const ALG_SET_IV: number = c.linux('ALG_SET_IV');
export const ALG_SET_OP: number = c.linux('ALG_SET_OP');
export const ALG_SET_AEAD_ASSOCLEN: number = c.linux('ALG_SET_AEAD_ASSOCLEN');
export const ALG_SET_AEAD_AUTHSIZE: number = c.linux('ALG_SET_AEAD_AUTHSIZE');
export const ALG_SET_PUBKEY: number = c.linux('ALG_SET_PUBKEY');
export const ALG_SET_DRBG_ENTROPY: number | undefined = c.optional('ALG_SET_DRBG_ENTROPY');
export const ALG_SET_KEY_BY_KEY_SERIAL: number | undefined = c.optional('ALG_SET_KEY_BY_KEY_SERIAL');
export const ALG_OP_DECRYPT: number = c.linux('ALG_OP_DECRYPT');
export const ALG_OP_ENCRYPT: number = c.linux('ALG_OP_ENCRYPT');
export const ALG_OP_SIGN: number = c.linux('ALG_OP_SIGN');
export const ALG_OP_VERIFY: number = c.linux('ALG_OP_VERIFY');

/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */
export const groups = {
  AF: ['AF_ALG', 'PF_ALG'],
  SOL: ['SOL_ALG'],
  ALG_SET: [
    'ALG_SET_KEY', 'ALG_SET_IV', 'ALG_SET_OP', 'ALG_SET_AEAD_ASSOCLEN', 'ALG_SET_AEAD_AUTHSIZE', 'ALG_SET_PUBKEY',
    'ALG_SET_DRBG_ENTROPY', 'ALG_SET_KEY_BY_KEY_SERIAL',
  ],
  ALG_OP: ['ALG_OP_DECRYPT', 'ALG_OP_ENCRYPT', 'ALG_OP_SIGN', 'ALG_OP_VERIFY'],
} as const;
