/**
 * @sock/bluetooth — AF_BLUETOOTH for @sock: L2CAP (BR/EDR and LE), RFCOMM,
 * HCI and SCO sockets as Python's socket module exposes them. Importing it
 * registers AF_BLUETOOTH with @sock/core, so
 * `new Socket(AF_BLUETOOTH, SOCK_STREAM, BTPROTO_RFCOMM)` connects to
 * `[bdaddr, channel]`; the helpers add the option structs, hci_filter, HCI
 * packet codecs and the device ioctls. No libbluetooth is needed.
 */
import { registerFamily } from '@sock/core';
import { bluetoothFamily } from './family.js';

registerFamily(bluetoothFamily);

export { bluetoothErrorHint, bluetoothFamily, bluetoothSocketHint } from './family.js';
export {
  decodeBluetoothAddress, encodeBluetoothAddress, encodeHciAddress, encodeL2capAddress, encodeRfcommAddress, encodeScoAddress,
  type BluetoothAddress, type BluetoothAddressInput, type HciAddress, type HciAddressInput, type L2capAddress, type L2capAddressInput,
  type RfcommAddress, type RfcommAddressInput, type ScoAddress, type ScoAddressInput,
} from './address.js';
export { badBdaddr, formatBdaddr, isBdaddr, normalizeBdaddr, parseBdaddr } from './bdaddr.js';
export * from './constants.js';
export {
  decodeHciDevInfo, decodeHciFilter, decodeHciPacket, encodeHciAcl, encodeHciCommand, encodeHciEvent, encodeHciFilter, getHciFilter, hciDevDown,
  hciDevices, hciDevReset, hciDevUp, hciFilter, hciFilterAllEvents, hciFilterAllPacketTypes, hciFilterClearEvent, hciFilterClearPacketType,
  hciFilterSetEvent, hciFilterSetPacketType, hciFilterTestEvent, hciFilterTestPacketType, hciGetDevInfo, hciGetDevList, hciOpcode, hciSetScan,
  hciSocket, setHciFilter, type HciAclPacket, type HciCommandPacket, type HciDevInfo, type HciEventPacket, type HciFilter, type HciIsoPacket,
  type HciOtherPacket, type HciPacket, type HciScoPacket,
} from './hci.js';
export {
  getBtMode, getBtPower, getBtRcvMtu, getBtSecurity, getBtSndMtu, getBtVoice, setBtMode, setBtPower, setBtRcvMtu, setBtSecurity, setBtVoice,
  type BtSecurity,
} from './options/bluetooth.js';
export {
  getL2capConnInfo, getL2capLinkMode, getL2capOptions, setL2capLinkMode, setL2capOptions, type ConnInfo, type L2capOptions,
} from './options/l2cap.js';
export { getRfcommConnInfo, getRfcommLinkMode, setRfcommLinkMode } from './options/rfcomm.js';
