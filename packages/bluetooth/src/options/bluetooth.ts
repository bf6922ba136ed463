/**
 * Options of level SOL_BLUETOOTH, sorted by C name: the struct-valued ones
 * (BT_POWER, BT_SECURITY, BT_VOICE) and the ones narrower than an int
 * (BT_MODE is a u8, BT_RCVMTU and BT_SNDMTU are u16), which the plain
 * `getsockopt(level, option)` of Python would read with the wrong width. The
 * int-valued ones (BT_DEFER_SETUP, BT_FLUSHABLE, BT_CHANNEL_POLICY,
 * BT_PHY, BT_PKT_STATUS) are plain `sock.getsockopt`/`setsockopt`.
 */
import { validateInteger, validateObject, type Socket } from '@sock/core';
import { BT_MODE, BT_POWER, BT_RCVMTU, BT_SECURITY, BT_SNDMTU, BT_VOICE, SOL_BLUETOOTH } from '../constants.js';
import { addon } from '../native.js';
import { getStruct, readU16, requireLayout, setStruct, writeU16 } from './raw.js';

/** struct bt_security: the link's security level (BT_SECURITY_*) and the encryption key size. */
export interface BtSecurity {
  level: number;
  keySize: number;
}

/** BT_MODE (L2CAP, kernel 5.10+): the channel mode, BT_MODE_BASIC / ERTM / STREAMING / LE_FLOWCTL / EXT_FLOWCTL. */
export function getBtMode(sock: Socket): number {
  return getStruct(sock, SOL_BLUETOOTH, BT_MODE, 1)[0]!;
}

export function setBtMode(sock: Socket, mode: number): void {
  setStruct(sock, SOL_BLUETOOTH, BT_MODE, Buffer.from([validateInteger(mode, 'mode', 0, 0xff)]));
}

/** BT_POWER: struct bt_power.force_active (BT_POWER_FORCE_ACTIVE_ON keeps the link out of sniff mode while sending). */
export function getBtPower(sock: Socket): { forceActive: number } {
  const L = requireLayout(addon.layout.btPower, 'struct bt_power');
  return { forceActive: getStruct(sock, SOL_BLUETOOTH, BT_POWER, L.size)[L.forceActive.offset]! };
}

export function setBtPower(sock: Socket, power: { forceActive: number }): void {
  const L = requireLayout(addon.layout.btPower, 'struct bt_power');
  const b = Buffer.alloc(L.size);
  validateObject(power, 'power');
  b[L.forceActive.offset] = validateInteger(power.forceActive, 'power.forceActive', 0, 0xff);
  setStruct(sock, SOL_BLUETOOTH, BT_POWER, b);
}

/** BT_RCVMTU: the MTU the socket receives with (u16; settable before connect on LE CoC and ERTM channels). */
export function getBtRcvMtu(sock: Socket): number {
  return readU16(getStruct(sock, SOL_BLUETOOTH, BT_RCVMTU, 2), 0);
}

export function setBtRcvMtu(sock: Socket, mtu: number): void {
  const b = Buffer.alloc(2);
  writeU16(b, validateInteger(mtu, 'mtu', 0, 0xffff), 0);
  setStruct(sock, SOL_BLUETOOTH, BT_RCVMTU, b);
}

/** BT_SECURITY: struct bt_security of the socket's link. */
export function getBtSecurity(sock: Socket): BtSecurity {
  const L = requireLayout(addon.layout.btSecurity, 'struct bt_security');
  const b = getStruct(sock, SOL_BLUETOOTH, BT_SECURITY, L.size, 1);
  return { level: b[L.level.offset]!, keySize: b[L.keySize.offset]! };
}

/** Sets BT_SECURITY's level (BT_SECURITY_LOW .. BT_SECURITY_FIPS); the kernel ignores keySize. */
export function setBtSecurity(sock: Socket, security: { level: number; keySize?: number }): void {
  const L = requireLayout(addon.layout.btSecurity, 'struct bt_security');
  const b = Buffer.alloc(L.size);
  validateObject(security, 'security');
  b[L.level.offset] = validateInteger(security.level, 'security.level', 0, 0xff);
  b[L.keySize.offset] = security.keySize === undefined ? 0 : validateInteger(security.keySize, 'security.keySize', 0, 0xff);
  setStruct(sock, SOL_BLUETOOTH, BT_SECURITY, b);
}

/** BT_SNDMTU: the MTU the peer accepts (u16; read-only, known once connected). */
export function getBtSndMtu(sock: Socket): number {
  return readU16(getStruct(sock, SOL_BLUETOOTH, BT_SNDMTU, 2), 0);
}

/** BT_VOICE (SCO): struct bt_voice.setting, BT_VOICE_CVSD_16BIT or BT_VOICE_TRANSPARENT(_16BIT). */
export function getBtVoice(sock: Socket): number {
  const L = requireLayout(addon.layout.btVoice, 'struct bt_voice');
  return readU16(getStruct(sock, SOL_BLUETOOTH, BT_VOICE, L.size), L.setting.offset);
}

export function setBtVoice(sock: Socket, setting: number): void {
  const L = requireLayout(addon.layout.btVoice, 'struct bt_voice');
  const b = Buffer.alloc(L.size);
  writeU16(b, validateInteger(setting, 'setting', 0, 0xffff), L.setting.offset);
  setStruct(sock, SOL_BLUETOOTH, BT_VOICE, b);
}
