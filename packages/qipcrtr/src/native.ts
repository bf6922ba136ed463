/**
 * The typed surface of the addon (native/qipcrtr.cc): constants and struct
 * layouts only. All socket I/O goes through @sock/core.
 */
import { loadAddon, type StructLayout } from '@sock/core/family';

export interface QrtrLayout {
  /** struct sockaddr_qrtr; absent where the platform has no <linux/qrtr.h>. */
  readonly sockaddrQrtr?: StructLayout<'family' | 'node' | 'port'>;
  /** struct qrtr_ctrl_pkt: `cmd`, the union's server view and its client view. */
  readonly qrtrCtrlPkt?: StructLayout<'cmd' | 'service' | 'instance' | 'serverNode' | 'serverPort' | 'clientNode' | 'clientPort'>;
}

export interface QrtrBinding {
  /** The constants of constants.def this platform defines; a name it lacks is absent. */
  readonly constants: Readonly<Record<string, number>>;
  readonly layout: QrtrLayout;
}

export const addon: QrtrBinding = loadAddon<QrtrBinding>('@sock/qipcrtr', import.meta.url);
