/**
 * AF_BLUETOOTH's constants. The values are the kernel's ABI, carried by the
 * native shim (native/sock_bluetooth_abi.h) so that no libbluetooth or BlueZ
 * headers are needed; each is listed once, in constants.def
 * (constants.generated.ts holds the typed exports). BDADDR_ANY and
 * BDADDR_LOCAL are strings, as in Python.
 */
import { nameOf, reverseMap } from '@sock/core/family';
import { groups } from './constants.generated.js';
import { addon } from './native.js';

export * from './constants.generated.js';

/** Every AF_BLUETOOTH constant this platform defines, by name. */
export const constants: Readonly<Record<string, number>> = Object.freeze({ ...addon.constants });

/** The wildcard address: any local adapter (bind), as Python's socket.BDADDR_ANY. */
export const BDADDR_ANY = '00:00:00:00:00:00';
/** The local-host address, as Python's socket.BDADDR_LOCAL. */
export const BDADDR_LOCAL = '00:00:00:FF:FF:FF';

const protoNames = reverseMap(constants, groups.BTPROTO);
const btOptionNames = reverseMap(constants, groups.BT);
const pktNames = reverseMap(constants, groups.HCI_PKT);
const eventNames = reverseMap(constants, groups.EVT);
const channelNames = reverseMap(constants, groups.HCI_CHANNEL);

/** 'BTPROTO_RFCOMM' for a protocol number; the number as a string when unknown. */
export function bluetoothProtocolName(proto: number): string {
  return nameOf(protoNames, proto);
}

/** 'BT_SECURITY' for an option of level SOL_BLUETOOTH; the number as a string when unknown. */
export function btOptionName(option: number): string {
  return nameOf(btOptionNames, option);
}

/** 'HCI_EVENT_PKT' for an HCI packet indicator; the number as a string when unknown. */
export function hciPacketTypeName(type: number): string {
  return nameOf(pktNames, type);
}

/** 'EVT_CMD_COMPLETE' for an HCI event code this package names; the number as a string otherwise. */
export function hciEventName(event: number): string {
  return nameOf(eventNames, event);
}

/** 'HCI_CHANNEL_USER' for an HCI channel; the number as a string when unknown. */
export function hciChannelName(channel: number): string {
  return nameOf(channelNames, channel);
}
