/**
 * The typed surface of the addon (native/rds.cc): constants, struct layouts
 * and inet_pton(3)/inet_ntop(3). All socket I/O goes through @sock/core.
 */
import { loadAddon, type FieldLayout, type StructLayout } from '@sock/core/family';

export interface RdsLayout {
  readonly sockaddrIn: StructLayout<'family' | 'port' | 'addr'>;
  readonly sockaddrIn6: StructLayout<'family' | 'port' | 'flowinfo' | 'addr' | 'scopeId'>;
  /** struct rds_rdma_notify, the payload of RDS_CMSG_RDMA_STATUS; absent without <linux/rds.h>. */
  readonly rdsRdmaNotify?: StructLayout<'userToken' | 'status'>;
  /** struct rds_zcopy_cookies, the payload of RDS_CMSG_ZCOPY_COMPLETION. */
  readonly rdsZcopyCookies?: StructLayout<'num' | 'cookies'>;
  /** struct rds_cmsg_rx_trace, the payload of RDS_CMSG_RXPATH_LATENCY. */
  readonly rdsCmsgRxTrace?: StructLayout<'rxTraces' | 'rxTracePos' | 'rxTrace'>;
  /** struct rds_rx_trace_so, the value of SO_RDS_MSG_RXPATH_LATENCY. */
  readonly rdsRxTraceSo?: StructLayout<'rxTraces' | 'rxTracePos'>;
}

export interface RdsBinding {
  /** The constants of constants.def this platform defines; a name it lacks is absent. */
  readonly constants: Readonly<Record<string, number>>;
  readonly layout: RdsLayout;
  /** inet_pton(3): the 4 or 16 address bytes, or null when `text` is not a numeric address of `af`. */
  inetPton(af: number, text: string): Buffer | null;
  /** inet_ntop(3) of exactly 4 (AF_INET) or 16 (AF_INET6) bytes. */
  inetNtop(af: number, bytes: Uint8Array): string | null;
}

export type { FieldLayout };

export const addon: RdsBinding = loadAddon<RdsBinding>('@sock/rds', import.meta.url);
