/**
 * AF_VSOCK constants, read from <linux/vm_sockets.h> by the native shim; each
 * is listed once, in constants.def (constants.generated.ts holds the typed
 * exports). A constant the headers lack is undefined, as it is absent from
 * Python's module.
 *
 * Python exports only part of these (AF_VSOCK, VMADDR_CID_ANY/HOST/LOCAL,
 * VMADDR_PORT_ANY, SO_VM_SOCKETS_BUFFER_*, IOCTL_VM_SOCKETS_GET_LOCAL_CID,
 * VM_SOCKETS_INVALID_VERSION); the rest come from the same header.
 */
import { nameOf, reverseMap } from '@sock/core/family';
import { groups } from './constants.generated.js';
import { addon } from './native.js';

export * from './constants.generated.js';

export type ConstantMap = Readonly<Record<string, number>>;

/** Every AF_VSOCK constant this platform's headers define. */
export const constants: ConstantMap = Object.freeze({ ...addon.constants });

const cidNames = reverseMap(constants, groups.VMADDR_CID);
const optionNames = reverseMap(constants, groups.SO_VM_SOCKETS);

/** 'VMADDR_CID_HOST' for a well-known CID; the number as a string for any other. */
export function cidName(cid: number): string {
  return nameOf(cidNames, cid);
}

/** 'SO_VM_SOCKETS_BUFFER_SIZE' for an option at level AF_VSOCK; the number as a string when unknown. */
export function vsockOptionName(option: number): string {
  return nameOf(optionNames, option);
}
