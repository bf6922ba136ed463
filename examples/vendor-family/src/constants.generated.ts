// generated from constants.def by sock-gen-constants — do not edit
import { constantTable } from '@sock/core/family';
import type { FamilyNumber } from '@sock/core/family';
import { addon } from './native.js';

const c = constantTable(addon.constants);

export const AF_XDP: FamilyNumber<'AF_XDP'> = c.family<'AF_XDP'>('AF_XDP');
export const PF_XDP: FamilyNumber<'AF_XDP'> = c.family<'AF_XDP'>('PF_XDP');
export const SOL_XDP: number = c.linux('SOL_XDP');
export const XDP_MMAP_OFFSETS: number = c.linux('XDP_MMAP_OFFSETS');
export const XDP_RX_RING: number = c.linux('XDP_RX_RING');
export const XDP_TX_RING: number = c.linux('XDP_TX_RING');
export const XDP_UMEM_REG: number = c.linux('XDP_UMEM_REG');
export const XDP_UMEM_FILL_RING: number = c.linux('XDP_UMEM_FILL_RING');
export const XDP_UMEM_COMPLETION_RING: number = c.linux('XDP_UMEM_COMPLETION_RING');
export const XDP_STATISTICS: number = c.linux('XDP_STATISTICS');
export const XDP_OPTIONS: number = c.linux('XDP_OPTIONS');
export const XDP_SHARED_UMEM: number = c.linux('XDP_SHARED_UMEM');
export const XDP_COPY: number = c.linux('XDP_COPY');
export const XDP_ZEROCOPY: number = c.linux('XDP_ZEROCOPY');
export const XDP_USE_NEED_WAKEUP: number = c.linux('XDP_USE_NEED_WAKEUP');
export const XDP_UMEM_UNALIGNED_CHUNK_FLAG: number = c.linux('XDP_UMEM_UNALIGNED_CHUNK_FLAG');
export const XDP_RING_NEED_WAKEUP: number = c.linux('XDP_RING_NEED_WAKEUP');
export const XDP_OPTIONS_ZEROCOPY: number = c.linux('XDP_OPTIONS_ZEROCOPY');

/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */
export const groups = {
  AF: ['AF_XDP', 'PF_XDP'],
  SOL: ['SOL_XDP'],
  XDP_OPT: [
    'XDP_MMAP_OFFSETS', 'XDP_RX_RING', 'XDP_TX_RING', 'XDP_UMEM_REG', 'XDP_UMEM_FILL_RING', 'XDP_UMEM_COMPLETION_RING',
    'XDP_STATISTICS', 'XDP_OPTIONS',
  ],
  XDP_BIND: ['XDP_SHARED_UMEM', 'XDP_COPY', 'XDP_ZEROCOPY', 'XDP_USE_NEED_WAKEUP'],
  XDP_FLAGS: ['XDP_UMEM_UNALIGNED_CHUNK_FLAG', 'XDP_RING_NEED_WAKEUP', 'XDP_OPTIONS_ZEROCOPY'],
} as const;
