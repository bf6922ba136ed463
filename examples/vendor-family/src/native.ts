/**
 * The typed surface of the addon (native/xdp.cc): constants and struct
 * layouts only. All socket I/O goes through @sock/core.
 */
import { loadAddon, type StructLayout } from '@sock/core/family';

export interface XdpLayout {
  /** Absent where the platform has no <linux/if_xdp.h>. */
  readonly sockaddrXdp?: StructLayout<'family' | 'flags' | 'ifindex' | 'queueId' | 'sharedUmemFd'>;
  readonly xdpStatistics?: StructLayout<
    'rxDropped' | 'rxInvalidDescs' | 'txInvalidDescs' | 'rxRingFull' | 'rxFillRingEmptyDescs' | 'txRingEmptyDescs'
  >;
}

export interface XdpBinding {
  /** The constants of constants.def this platform defines; a name it lacks is absent. */
  readonly constants: Readonly<Record<string, number>>;
  readonly layout: XdpLayout;
}

export const addon: XdpBinding = loadAddon<XdpBinding>('@example/sock-xdp', import.meta.url);
