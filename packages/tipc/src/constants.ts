/**
 * AF_TIPC's constants, read from <linux/tipc.h> by the native shim; each is
 * listed once, in constants.def (constants.generated.ts holds the typed
 * exports). TIPC_WAIT_FOREVER is -1, as in the header (`~0`) and in
 * Python's module; the subscription codec writes it as the 32-bit
 * 0xffffffff the kernel reads.
 */
import { nameOf, reverseMap } from '@sock/core/family';
import { groups } from './constants.generated.js';
import { addon } from './native.js';

export * from './constants.generated.js';

/** Every AF_TIPC constant this platform's headers define, by name. */
export const constants: Readonly<Record<string, number>> = Object.freeze({ ...addon.constants });

const addrTypes = reverseMap(constants, groups.ADDR.filter((n) => n.startsWith('TIPC_ADDR_') && n !== 'TIPC_ADDR_MCAST'));
const options = reverseMap(constants, groups.OPT);
const events = reverseMap(constants, groups.EVENT);
const errors = reverseMap(constants, groups.ERR);
const scopes = reverseMap(constants, groups.SCOPE);

/** 'TIPC_ADDR_NAME' for an addrtype; the number as a string when unknown. */
export function tipcAddrTypeName(addrType: number): string {
  return nameOf(addrTypes, addrType);
}

/** 'TIPC_IMPORTANCE' for an option of level SOL_TIPC; the number as a string when unknown. */
export function tipcOptionName(option: number): string {
  return nameOf(options, option);
}

/** 'TIPC_PUBLISHED' for a topology event type; the number as a string when unknown. */
export function tipcEventName(event: number): string {
  return nameOf(events, event);
}

/** 'TIPC_ERR_NO_PORT' for the error code of a TIPC_ERRINFO control message; the number as a string when unknown. */
export function tipcErrorName(code: number): string {
  return nameOf(errors, code);
}

/** 'TIPC_NODE_SCOPE' for a scope; the number as a string when unknown. */
export function tipcScopeName(scope: number): string {
  return nameOf(scopes, scope);
}
