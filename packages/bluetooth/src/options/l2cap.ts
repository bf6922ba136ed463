/**
 * Options of level SOL_L2CAP (BR/EDR channels), sorted by C name:
 * L2CAP_CONNINFO, L2CAP_LM (a u32 of L2CAP_LM_* bits, plain
 * getsockopt/setsockopt work too) and L2CAP_OPTIONS (struct l2cap_options:
 * MTUs, flush timeout, mode). RFCOMM's are in options/rfcomm.ts. LE channels use BT_RCVMTU/BT_SNDMTU/BT_MODE of
 * level SOL_BLUETOOTH instead (options/bluetooth.ts).
 */
import { validateInteger, validateObject, type Socket } from '@sock/core';
import { L2CAP_CONNINFO, L2CAP_LM, L2CAP_OPTIONS, SOL_L2CAP } from '../constants.js';
import { addon } from '../native.js';
import { getStruct, readU16, readU32, requireLayout, setStruct, writeU16, writeU32 } from './raw.js';

/** struct l2cap_options. */
export interface L2capOptions {
  omtu: number;
  imtu: number;
  flushTo: number;
  mode: number;
  fcs: number;
  maxTx: number;
  txwinSize: number;
}

/** struct l2cap_conninfo / struct rfcomm_conninfo: the ACL link's handle and the peer's class of device. */
export interface ConnInfo {
  hciHandle: number;
  devClass: number;
}

export function connInfo(sock: Socket, level: number, option: number): ConnInfo {
  const L = requireLayout(addon.layout.connInfo, 'struct l2cap_conninfo');
  const b = getStruct(sock, level, option, L.size);
  const c = L.devClass.offset;
  return { hciHandle: readU16(b, L.hciHandle.offset), devClass: b[c]! | (b[c + 1]! << 8) | (b[c + 2]! << 16) };
}

/** L2CAP_CONNINFO of a connected BR/EDR channel (ENOTCONN otherwise). */
export function getL2capConnInfo(sock: Socket): ConnInfo {
  return connInfo(sock, SOL_L2CAP, L2CAP_CONNINFO);
}

/** L2CAP_LM: the link-mode bits (L2CAP_LM_AUTH | L2CAP_LM_ENCRYPT | ...). */
export function getL2capLinkMode(sock: Socket): number {
  return readU32(getStruct(sock, SOL_L2CAP, L2CAP_LM, 4), 0);
}

export function setL2capLinkMode(sock: Socket, mode: number): void {
  const b = Buffer.alloc(4);
  writeU32(b, validateInteger(mode, 'mode', 0, 0xffffffff), 0);
  setStruct(sock, SOL_L2CAP, L2CAP_LM, b);
}

const FIELDS: ReadonlyArray<[keyof L2capOptions, number]> = [
  ['omtu', 0xffff], ['imtu', 0xffff], ['flushTo', 0xffff], ['mode', 0xff], ['fcs', 0xff], ['maxTx', 0xff], ['txwinSize', 0xffff],
];

/** L2CAP_OPTIONS (BR/EDR sockets; the kernel refuses it on LE with EINVAL). */
export function getL2capOptions(sock: Socket): L2capOptions {
  const L = requireLayout(addon.layout.l2capOptions, 'struct l2cap_options');
  const b = getStruct(sock, SOL_L2CAP, L2CAP_OPTIONS, L.size);
  const out = {} as L2capOptions;
  for (const [key] of FIELDS) out[key] = L[key].size === 1 ? b[L[key].offset]! : readU16(b, L[key].offset);
  return out;
}

/** Sets L2CAP_OPTIONS; members left out keep the socket's current values. */
export function setL2capOptions(sock: Socket, options: Partial<L2capOptions>): void {
  validateObject(options, 'options');
  const L = requireLayout(addon.layout.l2capOptions, 'struct l2cap_options');
  const next = { ...getL2capOptions(sock) };
  for (const [key, max] of FIELDS) if (options[key] !== undefined) next[key] = validateInteger(options[key], `options.${key}`, 0, max);
  const b = Buffer.alloc(L.size);
  for (const [key] of FIELDS) {
    if (L[key].size === 1) b[L[key].offset] = next[key];
    else writeU16(b, next[key], L[key].offset);
  }
  setStruct(sock, SOL_L2CAP, L2CAP_OPTIONS, b);
}
