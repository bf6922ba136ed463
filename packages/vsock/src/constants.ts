/**
 * AF_VSOCK constants, read from <linux/vm_sockets.h> by the native shim. A
 * constant the headers lack is absent (undefined), as in Python's module.
 *
 * Python exports only part of these (AF_VSOCK, VMADDR_CID_ANY/HOST/LOCAL,
 * VMADDR_PORT_ANY, SO_VM_SOCKETS_BUFFER_*, IOCTL_VM_SOCKETS_GET_LOCAL_CID,
 * VM_SOCKETS_INVALID_VERSION); the rest come from the same header.
 */
import { vsockNative } from './native.js';

export type ConstantMap = Readonly<Record<string, number>>;

/** Every AF_VSOCK constant this platform's headers define. */
export const constants: ConstantMap = Object.freeze({ ...vsockNative.constants });

function required(name: string): number {
  const v = constants[name];
  if (v === undefined) throw new Error(`@sock/vsock: this platform's headers define no ${name} (AF_VSOCK needs Linux with <linux/vm_sockets.h>)`);
  return v;
}

export const AF_VSOCK: number = required('AF_VSOCK');
export const PF_VSOCK: number | undefined = constants.PF_VSOCK;
/** The option level of VSOCK_RECVERR (Linux 6.4+). Buffer-size options use level AF_VSOCK. */
export const SOL_VSOCK: number | undefined = constants.SOL_VSOCK;

/** Bind to any CID this machine has. */
export const VMADDR_CID_ANY: number = required('VMADDR_CID_ANY');
/** Reserved for the hypervisor's own services. */
export const VMADDR_CID_HYPERVISOR: number = required('VMADDR_CID_HYPERVISOR');
/** This machine, through the vsock_loopback transport. */
export const VMADDR_CID_LOCAL: number | undefined = constants.VMADDR_CID_LOCAL;
/** The host, seen from a guest. */
export const VMADDR_CID_HOST: number = required('VMADDR_CID_HOST');
export const VMADDR_CID_RESERVED: number | undefined = constants.VMADDR_CID_RESERVED;
/** Bind to a free port (the kernel picks one at or above 1024). */
export const VMADDR_PORT_ANY: number = required('VMADDR_PORT_ANY');
/** svm_flags bit: route to the host even when the CID is not VMADDR_CID_HOST (nested VMs, Linux 5.11+). */
export const VMADDR_FLAG_TO_HOST: number | undefined = constants.VMADDR_FLAG_TO_HOST;
export const VM_SOCKETS_INVALID_VERSION: number | undefined = constants.VM_SOCKETS_INVALID_VERSION;

export const SO_VM_SOCKETS_BUFFER_SIZE: number = required('SO_VM_SOCKETS_BUFFER_SIZE');
export const SO_VM_SOCKETS_BUFFER_MIN_SIZE: number = required('SO_VM_SOCKETS_BUFFER_MIN_SIZE');
export const SO_VM_SOCKETS_BUFFER_MAX_SIZE: number = required('SO_VM_SOCKETS_BUFFER_MAX_SIZE');
export const SO_VM_SOCKETS_CONNECT_TIMEOUT: number | undefined = constants.SO_VM_SOCKETS_CONNECT_TIMEOUT;
export const SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW: number | undefined = constants.SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW;
export const SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD: number | undefined = constants.SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD;
/** VMCI only. */
export const SO_VM_SOCKETS_NONBLOCK_TXRX: number | undefined = constants.SO_VM_SOCKETS_NONBLOCK_TXRX;
/** VMCI only. */
export const SO_VM_SOCKETS_PEER_HOST_VM_ID: number | undefined = constants.SO_VM_SOCKETS_PEER_HOST_VM_ID;
/** VMCI only. */
export const SO_VM_SOCKETS_TRUSTED: number | undefined = constants.SO_VM_SOCKETS_TRUSTED;
export const VSOCK_RECVERR: number | undefined = constants.VSOCK_RECVERR;
export const IOCTL_VM_SOCKETS_GET_LOCAL_CID: number | undefined = constants.IOCTL_VM_SOCKETS_GET_LOCAL_CID;

function reverse(prefix: string, prefer: readonly string[]): ReadonlyMap<number, string> {
  const out = new Map<number, string>();
  for (const n of prefer) if (constants[n] !== undefined && !out.has(constants[n]!)) out.set(constants[n]!, n);
  for (const [n, v] of Object.entries(constants)) if (n.startsWith(prefix) && !out.has(v)) out.set(v, n);
  return out;
}

const cidNames = reverse('VMADDR_CID_', ['VMADDR_CID_LOCAL']);
const optionNames = reverse('SO_VM_SOCKETS_', ['SO_VM_SOCKETS_CONNECT_TIMEOUT']);

/** 'VMADDR_CID_HOST' for a well-known CID; the number as a string for any other. */
export function cidName(cid: number): string {
  return cidNames.get(cid) ?? String(cid);
}

/** 'SO_VM_SOCKETS_BUFFER_SIZE' for an option at level AF_VSOCK; the number as a string when unknown. */
export function vsockOptionName(option: number): string {
  return optionNames.get(option) ?? String(option);
}
