// generated from constants.def by sock-gen-constants — do not edit
import { constantTable } from '@sock/core/family';
import type { FamilyNumber } from '@sock/core/family';
import { addon } from './native.js';

const c = constantTable(addon.constants);

export const AF_VSOCK: FamilyNumber<'AF_VSOCK'> = c.family<'AF_VSOCK'>('AF_VSOCK');
export const PF_VSOCK: FamilyNumber<'AF_VSOCK'> = c.family<'AF_VSOCK'>('PF_VSOCK');
export const SOL_VSOCK: number | undefined = c.optional('SOL_VSOCK');
export const VMADDR_CID_ANY: number = c.linux('VMADDR_CID_ANY');
export const VMADDR_CID_HYPERVISOR: number = c.linux('VMADDR_CID_HYPERVISOR');
export const VMADDR_CID_LOCAL: number | undefined = c.optional('VMADDR_CID_LOCAL');
export const VMADDR_CID_RESERVED: number | undefined = c.optional('VMADDR_CID_RESERVED');
export const VMADDR_CID_HOST: number = c.linux('VMADDR_CID_HOST');
export const VMADDR_PORT_ANY: number = c.linux('VMADDR_PORT_ANY');
export const VMADDR_FLAG_TO_HOST: number | undefined = c.optional('VMADDR_FLAG_TO_HOST');
export const VM_SOCKETS_INVALID_VERSION: number = c.linux('VM_SOCKETS_INVALID_VERSION');
export const SO_VM_SOCKETS_BUFFER_SIZE: number = c.linux('SO_VM_SOCKETS_BUFFER_SIZE');
export const SO_VM_SOCKETS_BUFFER_MIN_SIZE: number = c.linux('SO_VM_SOCKETS_BUFFER_MIN_SIZE');
export const SO_VM_SOCKETS_BUFFER_MAX_SIZE: number = c.linux('SO_VM_SOCKETS_BUFFER_MAX_SIZE');
export const SO_VM_SOCKETS_PEER_HOST_VM_ID: number = c.linux('SO_VM_SOCKETS_PEER_HOST_VM_ID');
export const SO_VM_SOCKETS_TRUSTED: number = c.linux('SO_VM_SOCKETS_TRUSTED');
export const SO_VM_SOCKETS_CONNECT_TIMEOUT: number = c.linux('SO_VM_SOCKETS_CONNECT_TIMEOUT');
export const SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD: number | undefined = c.optional('SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD');
export const SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW: number | undefined = c.optional('SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW');
export const SO_VM_SOCKETS_NONBLOCK_TXRX: number = c.linux('SO_VM_SOCKETS_NONBLOCK_TXRX');
export const VSOCK_RECVERR: number | undefined = c.optional('VSOCK_RECVERR');
export const IOCTL_VM_SOCKETS_GET_LOCAL_CID: number = c.linux('IOCTL_VM_SOCKETS_GET_LOCAL_CID');

/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */
export const groups = {
  AF: ['AF_VSOCK', 'PF_VSOCK'],
  SOL: ['SOL_VSOCK'],
  VMADDR_CID: ['VMADDR_CID_ANY', 'VMADDR_CID_HYPERVISOR', 'VMADDR_CID_LOCAL', 'VMADDR_CID_RESERVED', 'VMADDR_CID_HOST'],
  VMADDR: ['VMADDR_PORT_ANY', 'VMADDR_FLAG_TO_HOST', 'VM_SOCKETS_INVALID_VERSION'],
  SO_VM_SOCKETS: [
    'SO_VM_SOCKETS_BUFFER_SIZE', 'SO_VM_SOCKETS_BUFFER_MIN_SIZE', 'SO_VM_SOCKETS_BUFFER_MAX_SIZE',
    'SO_VM_SOCKETS_PEER_HOST_VM_ID', 'SO_VM_SOCKETS_TRUSTED', 'SO_VM_SOCKETS_CONNECT_TIMEOUT',
    'SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD', 'SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW', 'SO_VM_SOCKETS_NONBLOCK_TXRX',
  ],
  VSOCK: ['VSOCK_RECVERR'],
  IOCTL: ['IOCTL_VM_SOCKETS_GET_LOCAL_CID'],
} as const;
