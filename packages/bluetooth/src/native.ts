/**
 * The typed surface of the addon (native/bluetooth.cc): constants, struct
 * layouts and the HCI device ioctls. Socket I/O goes through @sock/core.
 */
import { loadAddon, type FieldLayout, type StructLayout } from '@sock/core/family';

export interface BluetoothLayout {
  readonly sockaddrL2?: StructLayout<'family' | 'psm' | 'bdaddr' | 'cid' | 'bdaddrType'>;
  readonly sockaddrRc?: StructLayout<'family' | 'bdaddr' | 'channel'>;
  readonly sockaddrHci?: StructLayout<'family' | 'dev' | 'channel'>;
  readonly sockaddrSco?: StructLayout<'family' | 'bdaddr'>;
  readonly btSecurity?: StructLayout<'level' | 'keySize'>;
  readonly btPower?: StructLayout<'forceActive'>;
  readonly btVoice?: StructLayout<'setting'>;
  readonly l2capOptions?: StructLayout<'omtu' | 'imtu' | 'flushTo' | 'mode' | 'fcs' | 'maxTx' | 'txwinSize'>;
  readonly connInfo?: StructLayout<'hciHandle' | 'devClass'>;
  readonly scoOptions?: StructLayout<'mtu'>;
  readonly hciFilter?: StructLayout<'typeMask' | 'eventMask' | 'opcode'>;
  readonly hciDevInfo?: StructLayout<
    'devId' | 'name' | 'bdaddr' | 'flags' | 'type' | 'features' | 'pktType' | 'linkPolicy' | 'linkMode' | 'aclMtu' | 'aclPkts' | 'scoMtu' | 'scoPkts' | 'stat'
  >;
  readonly hciDevStats?: StructLayout<'errRx' | 'errTx' | 'cmdTx' | 'evtRx' | 'aclTx' | 'aclRx' | 'scoTx' | 'scoRx' | 'byteRx' | 'byteTx'>;
}

export interface BluetoothBinding {
  /** The constants of constants.def this platform defines; a name it lacks is absent. */
  readonly constants: Readonly<Record<string, number>>;
  readonly layout: BluetoothLayout;
  /** ioctl(HCIGETDEVLIST) with room for `max` (1..1024) devices: [devId, devOpt, ...] or -errno. */
  hciGetDevList?(fd: number, max: number): number[] | number;
  /** ioctl(HCIGETDEVINFO): the struct hci_dev_info bytes, or -errno. */
  hciGetDevInfo?(fd: number, devId: number): Buffer | number;
  /** HCIDEVUP / HCIDEVDOWN / HCIDEVRESET / HCIDEVRESTAT: 0 or -errno. */
  hciDevControl?(fd: number, request: number, devId: number): number;
  /** The HCISET* ioctls that take a struct hci_dev_req: 0 or -errno. */
  hciDevRequest?(fd: number, request: number, devId: number, opt: number): number;
}

export type { FieldLayout };

export const addon: BluetoothBinding = loadAddon<BluetoothBinding>('@sock/bluetooth', import.meta.url);
