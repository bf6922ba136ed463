/**
 * AF_ALG's constants, read from <linux/if_alg.h> by the native shim; each is
 * listed once, in constants.def (constants.generated.ts holds the typed
 * exports). ALG_SET_PUBKEY, ALG_OP_SIGN and ALG_OP_VERIFY are CPython's
 * values where the header lacks them (see native/constants.cc);
 * ALG_SET_DRBG_ENTROPY (Linux 5.11) and ALG_SET_KEY_BY_KEY_SERIAL (6.2) are
 * undefined where the headers predate them.
 */
import { nameOf, reverseMap } from '@sock/core/family';
import { groups } from './constants.generated.js';
import { addon } from './native.js';

export * from './constants.generated.js';

/** Every AF_ALG constant this platform's headers define, by name. */
export const constants: Readonly<Record<string, number>> = Object.freeze({ ...addon.constants });

const optionNames = reverseMap(constants, groups.ALG_SET);
const opNames = reverseMap(constants, groups.ALG_OP);

/** 'ALG_SET_KEY' for an option (or control message type) of level SOL_ALG; the number as a string when unknown. */
export function algOptionName(option: number): string {
  return nameOf(optionNames, option);
}

/** 'ALG_OP_ENCRYPT' for a value of ALG_SET_OP; the number as a string when unknown. */
export function algOpName(op: number): string {
  return nameOf(opNames, op);
}
