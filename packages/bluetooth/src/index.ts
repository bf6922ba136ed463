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
