/** The AF_BLUETOOTH family plugin that @sock/bluetooth registers with @sock/core. */
import { errnoName, SOCK_SEQPACKET, type FamilyPlugin } from '@sock/core';
import { defineFamily } from '@sock/core/family';
import { decodeBluetoothAddress, encodeBluetoothAddress, type BluetoothAddress } from './address.js';
import { AF_BLUETOOTH, BTPROTO_L2CAP, constants } from './constants.js';

/** What to tell a user whose socket(AF_BLUETOOTH, ...) failed with this errno (positive). */
export function bluetoothSocketHint(errno: number): string | null {
  const name = errnoName(errno);
  if (name === 'EAFNOSUPPORT') {
    return 'the kernel lacks AF_BLUETOOTH: modprobe bluetooth (CONFIG_BT), or the family is disabled here (containers usually have no Bluetooth)';
  }
  if (name === 'EPROTONOSUPPORT') return 'the kernel lacks this Bluetooth protocol: modprobe rfcomm (CONFIG_BT_RFCOMM) or bnep/hidp for those';
  if (name === 'EPERM' || name === 'EACCES') {
    return 'raw Bluetooth sockets need CAP_NET_RAW: run as root or grant node the capability (sudo setcap cap_net_raw,cap_net_admin+eip "$(command -v node)")';
  }
  return null;
}

/**
 * What to tell a user whose Bluetooth call failed with this errno: EPERM on
 * an HCI user/control channel or a device ioctl needs CAP_NET_ADMIN; EBUSY
 * on the user channel means the controller is up or held by bluetoothd;
 * ERFKILL means it is blocked. Others (EHOSTDOWN, ECONNREFUSED) speak for
 * themselves: null.
 */
export function bluetoothErrorHint(errno: number): string | null {
  const name = errnoName(errno);
  if (name === 'EPERM' || name === 'EACCES') {
    return 'this needs CAP_NET_ADMIN (HCI user/control channels, device ioctls) or CAP_NET_RAW (raw HCI commands): run as root or sudo setcap cap_net_raw,cap_net_admin+eip "$(command -v node)"';
  }
  if (name === 'EBUSY') return 'the controller is in use: the HCI user channel needs it down and not held by bluetoothd (btmgmt power off, or stop bluetooth.service)';
  if (name === 'ERFKILL') return 'the controller is blocked by rfkill: rfkill unblock bluetooth';
  if (name === 'ENODEV') return 'no such Bluetooth controller: list them with hciDevices() or hciconfig';
  return null;
}

/**
 * AF_BLUETOOTH: probed with one L2CAP SOCK_SEQPACKET socket (bluetooth.ko
 * itself; RFCOMM, BNEP and HIDP are modules of their own that the kernel
 * loads on demand). Addresses follow the socket's protocol (address.ts).
 */
export const bluetoothFamily: FamilyPlugin<BluetoothAddress> = defineFamily<BluetoothAddress>({
  family: AF_BLUETOOTH,
  name: 'AF_BLUETOOTH',
  packageName: '@sock/bluetooth',
  constants,
  probe: { type: SOCK_SEQPACKET, proto: BTPROTO_L2CAP },
  module: 'bluetooth',
  absentReason: 'AF_BLUETOOTH is Linux-only here',
  socketErrorHint: bluetoothSocketHint,
  encode: encodeBluetoothAddress,
  decode: decodeBluetoothAddress,
});
