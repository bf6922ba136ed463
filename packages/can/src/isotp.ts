/**
 * ISO 15765-2 transport (CAN_ISOTP): a SOCK_DGRAM socket bound to
 * `[ifname, rxId, txId]` that sends and receives whole PDUs (up to 4095
 * bytes with classic CAN, the kernel splitting them into single, first and
 * consecutive frames with flow control). Its options at level SOL_CAN_ISOTP
 * are structs: can_isotp_options (CAN_ISOTP_OPTS), can_isotp_fc_options
 * (CAN_ISOTP_RECV_FC) and can_isotp_ll_options (CAN_ISOTP_LL_OPTS), set
 * before bind(2). Layouts come from the headers.
 */
import { endianness } from 'node:os';
import { fromErrno, osError, toBytes, validateInteger, validateSocket, type Socket } from '@sock/core';
import { getsockoptBytes, setsockoptBytes } from '@sock/core/family';
import {
  CAN_ISOTP_DEFAULT_EXT_ADDRESS, CAN_ISOTP_DEFAULT_FLAGS, CAN_ISOTP_DEFAULT_FRAME_TXTIME, CAN_ISOTP_DEFAULT_LL_MTU,
  CAN_ISOTP_DEFAULT_LL_TX_DL, CAN_ISOTP_DEFAULT_LL_TX_FLAGS, CAN_ISOTP_DEFAULT_PAD_CONTENT, CAN_ISOTP_DEFAULT_RECV_BS,
  CAN_ISOTP_DEFAULT_RECV_STMIN, CAN_ISOTP_DEFAULT_RECV_WFTMAX, CAN_ISOTP_LL_OPTS, CAN_ISOTP_OPTS, CAN_ISOTP_RECV_FC,
  CAN_ISOTP_RX_STMIN, CAN_ISOTP_TX_STMIN, SOL_CAN_ISOTP,
} from './constants.js';
import { addon, type FieldLayout, type StructLayout } from './native.js';
import { validateObject } from './validate.js';

const LE = endianness() === 'LE';
const L = addon.layout;

/** struct can_isotp_options. */
export interface IsotpOptions {
  /** CAN_ISOTP_* flags (TX_PADDING, EXTEND_ADDR, WAIT_TX_DONE, ...). */
  flags: number;
  /** Frame transmission time in ns (N_As/N_Ar); CAN_ISOTP_FRAME_TXTIME_ZERO for 0. */
  frameTxtime: number;
  extAddress: number;
  txpadContent: number;
  rxpadContent: number;
  rxExtAddress: number;
}

/** struct can_isotp_fc_options: what this socket asks of senders in its flow-control frames. */
export interface IsotpFcOptions {
  /** Block size: frames between flow-control frames (0: no limit). */
  bs: number;
  /** Separation time: 0x00-0x7f ms, 0xf1-0xf9 100-900 us. */
  stmin: number;
  /** Maximum wait frames (0: none). */
  wftmax: number;
}

/** struct can_isotp_ll_options: the link layer (CAN_MTU or CANFD_MTU frames). */
export interface IsotpLlOptions {
  /** CAN_MTU (16) for classic CAN, CANFD_MTU (72) for CAN FD. */
  mtu: number;
  /** Payload per frame: 8, 12, 16, 20, 24, 32, 48 or 64. */
  txDl: number;
  /** canfd_frame.flags for sent frames (CANFD_BRS). */
  txFlags: number;
}

type Codec<T> = { layout: { size: number }; fields: Record<keyof T & string, [string, number]> };

function u(field: FieldLayout, v: DataView, value?: number): number {
  if (value === undefined) return field.size === 4 ? v.getUint32(field.offset, LE) : v.getUint8(field.offset);
  if (field.size === 4) v.setUint32(field.offset, value, LE);
  else v.setUint8(field.offset, value);
  return value;
}

function encode<T>(codec: Codec<T>, value: Partial<T>, name: string): Buffer {
  const o = validateObject(value, name);
  const buf = Buffer.alloc(codec.layout.size);
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (const [key, [field, dflt]] of Object.entries(codec.fields) as Array<[string, [string, number]]>) {
    const f = (codec.layout as unknown as Record<string, FieldLayout>)[field]!;
    const max = f.size === 4 ? 0xffffffff : 0xff;
    u(f, v, o[key] === undefined ? dflt : validateInteger(o[key], `${name}.${key}`, 0, max));
  }
  return buf;
}

function decode<T>(codec: Codec<T>, raw: Uint8Array): T {
  const bytes = toBytes(raw, 'bytes');
  const full = Buffer.alloc(codec.layout.size);
  full.set(bytes.subarray(0, codec.layout.size));
  const v = new DataView(full.buffer, full.byteOffset, full.byteLength);
  const out: Record<string, number> = {};
  for (const [key, [field]] of Object.entries(codec.fields) as Array<[string, [string, number]]>) {
    out[key] = u((codec.layout as unknown as Record<string, FieldLayout>)[field]!, v);
  }
  return out as T;
}

const optsCodec: Codec<IsotpOptions> = {
  layout: L.isotpOptions,
  fields: {
    flags: ['flags', CAN_ISOTP_DEFAULT_FLAGS ?? 0],
    frameTxtime: ['frameTxtime', CAN_ISOTP_DEFAULT_FRAME_TXTIME ?? 50000],
    extAddress: ['extAddress', CAN_ISOTP_DEFAULT_EXT_ADDRESS ?? 0],
    txpadContent: ['txpadContent', CAN_ISOTP_DEFAULT_PAD_CONTENT ?? 0xcc],
    rxpadContent: ['rxpadContent', CAN_ISOTP_DEFAULT_PAD_CONTENT ?? 0xcc],
    rxExtAddress: ['rxExtAddress', CAN_ISOTP_DEFAULT_EXT_ADDRESS ?? 0],
  },
};
const fcCodec: Codec<IsotpFcOptions> = {
  layout: L.isotpFcOptions,
  fields: { bs: ['bs', CAN_ISOTP_DEFAULT_RECV_BS ?? 0], stmin: ['stmin', CAN_ISOTP_DEFAULT_RECV_STMIN ?? 0], wftmax: ['wftmax', CAN_ISOTP_DEFAULT_RECV_WFTMAX ?? 0] },
};
const llCodec: Codec<IsotpLlOptions> = {
  layout: L.isotpLlOptions,
  fields: { mtu: ['mtu', CAN_ISOTP_DEFAULT_LL_MTU ?? 16], txDl: ['txDl', CAN_ISOTP_DEFAULT_LL_TX_DL ?? 8], txFlags: ['txFlags', CAN_ISOTP_DEFAULT_LL_TX_FLAGS ?? 0] },
};

/** struct can_isotp_options bytes; absent fields take the kernel's defaults (CAN_ISOTP_DEFAULT_*). */
export const encodeIsotpOptions = (o: Partial<IsotpOptions>): Buffer => encode(optsCodec, o, 'options');
export const decodeIsotpOptions = (b: Uint8Array): IsotpOptions => decode(optsCodec, b);
/** struct can_isotp_fc_options bytes; absent fields take the defaults. */
export const encodeIsotpFcOptions = (o: Partial<IsotpFcOptions>): Buffer => encode(fcCodec, o, 'options');
export const decodeIsotpFcOptions = (b: Uint8Array): IsotpFcOptions => decode(fcCodec, b);
/** struct can_isotp_ll_options bytes; absent fields take the defaults (classic CAN). */
export const encodeIsotpLlOptions = (o: Partial<IsotpLlOptions>): Buffer => encode(llCodec, o, 'options');
export const decodeIsotpLlOptions = (b: Uint8Array): IsotpLlOptions => decode(llCodec, b);

function level(): number {
  if (SOL_CAN_ISOTP === undefined) throw osError('SOL_CAN_ISOTP is not defined by these headers');
  return SOL_CAN_ISOTP;
}

function getBytes(sock: Socket, opt: number | undefined, size: number): Buffer {
  validateSocket(sock);
  if (opt === undefined) throw osError('this CAN_ISOTP option is not defined by these headers');
  const r = getsockoptBytes(sock, level(), opt, size);
  if (typeof r === 'number') throw fromErrno(r, 'getsockopt');
  return r;
}

function setBytes(sock: Socket, opt: number | undefined, bytes: Buffer): void {
  validateSocket(sock);
  if (opt === undefined) throw osError('this CAN_ISOTP option is not defined by these headers');
  setsockoptBytes(sock, level(), opt, bytes);
}

/** getsockopt(SOL_CAN_ISOTP, CAN_ISOTP_OPTS). */
export const getIsotpOptions = (sock: Socket): IsotpOptions => decodeIsotpOptions(getBytes(sock, CAN_ISOTP_OPTS, L.isotpOptions.size));
/** setsockopt(SOL_CAN_ISOTP, CAN_ISOTP_OPTS), before bind(2); absent fields take the defaults. */
export const setIsotpOptions = (sock: Socket, o: Partial<IsotpOptions>): void => setBytes(sock, CAN_ISOTP_OPTS, encodeIsotpOptions(o));
/** getsockopt(SOL_CAN_ISOTP, CAN_ISOTP_RECV_FC). */
export const getIsotpFcOptions = (sock: Socket): IsotpFcOptions => decodeIsotpFcOptions(getBytes(sock, CAN_ISOTP_RECV_FC, L.isotpFcOptions.size));
/** setsockopt(SOL_CAN_ISOTP, CAN_ISOTP_RECV_FC), before bind(2). */
export const setIsotpFcOptions = (sock: Socket, o: Partial<IsotpFcOptions>): void => setBytes(sock, CAN_ISOTP_RECV_FC, encodeIsotpFcOptions(o));
/** getsockopt(SOL_CAN_ISOTP, CAN_ISOTP_LL_OPTS). */
export const getIsotpLlOptions = (sock: Socket): IsotpLlOptions => decodeIsotpLlOptions(getBytes(sock, CAN_ISOTP_LL_OPTS, L.isotpLlOptions.size));
/** setsockopt(SOL_CAN_ISOTP, CAN_ISOTP_LL_OPTS), before bind(2): CAN FD with `{mtu: CANFD_MTU, txDl: 64}`. */
export const setIsotpLlOptions = (sock: Socket, o: Partial<IsotpLlOptions>): void => setBytes(sock, CAN_ISOTP_LL_OPTS, encodeIsotpLlOptions(o));

function u32(value: number, name: string): Buffer {
  const buf = Buffer.alloc(4);
  if (LE) buf.writeUInt32LE(validateInteger(value, name, 0, 0xffffffff));
  else buf.writeUInt32BE(validateInteger(value, name, 0, 0xffffffff));
  return buf;
}

/** setsockopt(SOL_CAN_ISOTP, CAN_ISOTP_TX_STMIN): the gap between sent consecutive frames, in ns (used with CAN_ISOTP_FORCE_TXSTMIN). */
export const setIsotpTxStmin = (sock: Socket, ns: number): void => setBytes(sock, CAN_ISOTP_TX_STMIN, u32(ns, 'ns'));
/** setsockopt(SOL_CAN_ISOTP, CAN_ISOTP_RX_STMIN): ignore consecutive frames closer than this, in ns (with CAN_ISOTP_FORCE_RXSTMIN). */
export const setIsotpRxStmin = (sock: Socket, ns: number): void => setBytes(sock, CAN_ISOTP_RX_STMIN, u32(ns, 'ns'));
