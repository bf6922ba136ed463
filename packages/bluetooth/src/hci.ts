/**
 * HCI sockets beyond the socket calls: struct hci_filter and BlueZ's filter
 * helpers, HCI packet codecs (command, event, ACL, SCO, ISO; the first byte
 * is the packet indicator, as on a raw or user-channel HCI socket), and the
 * device ioctls (HCIGETDEVLIST, HCIGETDEVINFO, HCIDEVUP/DOWN/RESET,
 * HCISETSCAN). Every length is checked: a packet whose length field
 * disagrees with its bytes is a RangeError, and the ioctl buffers are sized
 * by the native side.
 */
import { fromErrno, invalidArgType, outOfRange, SOCK_RAW, Socket, toBytes, validateInteger, validateObject, validateSocket } from '@sock/core';
import { formatBdaddr } from './bdaddr.js';
import {
  AF_BLUETOOTH, BTPROTO_HCI, EVT_CMD_COMPLETE, EVT_CMD_STATUS, EVT_LE_META_EVENT, HCI_ACLDATA_PKT, HCI_CHANNEL_RAW, HCI_COMMAND_PKT, HCI_EVENT_PKT,
  HCI_FILTER, HCI_ISODATA_PKT, HCI_MAX_DEV, HCI_SCODATA_PKT, HCI_UP, HCI_VENDOR_PKT, HCIDEVDOWN, HCIDEVRESET, HCIDEVUP, HCISETSCAN, SOL_HCI,
} from './constants.js';
import { addon } from './native.js';
import { getStruct, readU16, readU32, requireLayout, setStruct, writeU16, writeU32 } from './options/raw.js';

// ---------------------------------------------------------------------------
// struct hci_filter

/** struct hci_filter: which packet types, which events (64 bits) and, for Command Complete/Status, which opcode (0: any) the socket receives. */
export interface HciFilter {
  typeMask: number;
  eventMask: bigint;
  opcode: number;
}

const U64 = (1n << 64n) - 1n;

function checkFilter(f: unknown, name = 'filter'): HciFilter {
  const o = validateObject<HciFilter>(f, name);
  validateInteger(o.typeMask, `${name}.typeMask`, 0, 0xffffffff);
  if (typeof o.eventMask !== 'bigint') throw invalidArgType(`${name}.eventMask`, 'of type bigint', o.eventMask);
  if (o.eventMask < 0n || o.eventMask > U64) throw outOfRange(`${name}.eventMask`, '>= 0n && <= 2n ** 64n - 1n', o.eventMask);
  validateInteger(o.opcode, `${name}.opcode`, 0, 0xffff);
  return o;
}

function typeBit(type: number): number {
  const t = validateInteger(type, 'type', 0, 0xff);
  return t === HCI_VENDOR_PKT ? 0 : t & 31; // as BlueZ's hci_filter_set_ptype
}

function eventBit(event: number): bigint {
  return BigInt(validateInteger(event, 'event', 0, 0xff) & 63);
}

/**
 * A filter: nothing passes until packet types and events are set (BlueZ's
 * hci_filter_clear), or the ones given: `packetTypes` (HCI_EVENT_PKT, ...),
 * `events` (EVT_CMD_COMPLETE, ... or 'all') and `opcode`.
 */
export function hciFilter(init: { packetTypes?: readonly number[]; events?: readonly number[] | 'all'; opcode?: number } = {}): HciFilter {
  validateObject(init, 'init');
  const f: HciFilter = { typeMask: 0, eventMask: 0n, opcode: 0 };
  if (init.packetTypes !== undefined) {
    if (!Array.isArray(init.packetTypes)) throw invalidArgType('init.packetTypes', 'an array of packet types', init.packetTypes);
    for (const t of init.packetTypes) hciFilterSetPacketType(f, t);
  }
  if (init.events === 'all') hciFilterAllEvents(f);
  else if (init.events !== undefined) {
    if (!Array.isArray(init.events)) throw invalidArgType('init.events', "an array of event codes or 'all'", init.events);
    for (const e of init.events) hciFilterSetEvent(f, e);
  }
  if (init.opcode !== undefined) f.opcode = validateInteger(init.opcode, 'init.opcode', 0, 0xffff);
  return f;
}

export function hciFilterSetPacketType(f: HciFilter, type: number): void {
  checkFilter(f).typeMask = (f.typeMask | (1 << typeBit(type))) >>> 0;
}
export function hciFilterClearPacketType(f: HciFilter, type: number): void {
  checkFilter(f).typeMask = (f.typeMask & ~(1 << typeBit(type))) >>> 0;
}
export function hciFilterTestPacketType(f: HciFilter, type: number): boolean {
  return (checkFilter(f).typeMask & (1 << typeBit(type))) !== 0;
}
export function hciFilterAllPacketTypes(f: HciFilter): void {
  checkFilter(f).typeMask = 0xffffffff;
}
export function hciFilterSetEvent(f: HciFilter, event: number): void {
  checkFilter(f).eventMask |= 1n << eventBit(event);
}
export function hciFilterClearEvent(f: HciFilter, event: number): void {
  checkFilter(f).eventMask &= ~(1n << eventBit(event)) & U64;
}
export function hciFilterTestEvent(f: HciFilter, event: number): boolean {
  return (checkFilter(f).eventMask & (1n << eventBit(event))) !== 0n;
}
export function hciFilterAllEvents(f: HciFilter): void {
  checkFilter(f).eventMask = U64;
}

/** The 16 bytes of a struct hci_filter. */
export function encodeHciFilter(filter: HciFilter): Buffer {
  const f = checkFilter(filter);
  const L = requireLayout(addon.layout.hciFilter, 'struct hci_filter');
  const b = Buffer.alloc(L.size);
  writeU32(b, f.typeMask, L.typeMask.offset);
  writeU32(b, Number(f.eventMask & 0xffffffffn), L.eventMask.offset);
  writeU32(b, Number(f.eventMask >> 32n), L.eventMask.offset + 4);
  writeU16(b, f.opcode, L.opcode.offset);
  return b;
}

/** Decodes a struct hci_filter; fewer bytes than the struct is a RangeError. */
export function decodeHciFilter(bytes: Uint8Array): HciFilter {
  const L = requireLayout(addon.layout.hciFilter, 'struct hci_filter');
  const v = toBytes(bytes, 'bytes');
  if (v.length < L.opcode.offset + 2) throw outOfRange('bytes.length', `>= ${L.opcode.offset + 2} (struct hci_filter)`, v.length);
  const b = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  const lo = BigInt(readU32(b, L.eventMask.offset));
  const hi = BigInt(readU32(b, L.eventMask.offset + 4));
  return { typeMask: readU32(b, L.typeMask.offset), eventMask: (hi << 32n) | lo, opcode: readU16(b, L.opcode.offset) };
}

/** setsockopt(SOL_HCI, HCI_FILTER). Without CAP_NET_RAW the kernel narrows the filter to its safe set. */
export function setHciFilter(sock: Socket, filter: HciFilter): void {
  setStruct(sock, SOL_HCI, HCI_FILTER, encodeHciFilter(filter));
}

/** getsockopt(SOL_HCI, HCI_FILTER). */
export function getHciFilter(sock: Socket): HciFilter {
  const L = requireLayout(addon.layout.hciFilter, 'struct hci_filter');
  return decodeHciFilter(getStruct(sock, SOL_HCI, HCI_FILTER, L.size));
}

// ---------------------------------------------------------------------------
// HCI packets

/** The opcode of command `ocf` in group `ogf`: (ogf << 10) | ocf. */
export function hciOpcode(ogf: number, ocf: number): number {
  return (validateInteger(ogf, 'ogf', 0, 0x3f) << 10) | validateInteger(ocf, 'ocf', 0, 0x3ff);
}

export interface HciCommandPacket {
  type: 'command';
  opcode: number;
  ogf: number;
  ocf: number;
  params: Buffer;
}

export interface HciEventPacket {
  type: 'event';
  event: number;
  params: Buffer;
  /** Command Complete and Command Status: the command's opcode and the controller's free command slots. */
  opcode?: number;
  ncmd?: number;
  /** Command Status; for Command Complete, the first return parameter (most commands' status). */
  status?: number;
  /** Command Complete: the return parameters (the status byte included). */
  returnParams?: Buffer;
  /** LE Meta: the subevent code. */
  subevent?: number;
}

export interface HciAclPacket {
  type: 'acl';
  handle: number;
  /** Packet boundary flag (2 bits). */
  pb: number;
  /** Broadcast flag (2 bits). */
  bc: number;
  data: Buffer;
}

export interface HciScoPacket {
  type: 'sco';
  handle: number;
  status: number;
  data: Buffer;
}

export interface HciIsoPacket {
  type: 'iso';
  handle: number;
  pb: number;
  ts: number;
  data: Buffer;
}

export interface HciOtherPacket {
  type: 'other';
  indicator: number;
  data: Buffer;
}

export type HciPacket = HciCommandPacket | HciEventPacket | HciAclPacket | HciScoPacket | HciIsoPacket | HciOtherPacket;

function paramsOf(params: Uint8Array | undefined, max: number, name = 'params'): Uint8Array {
  if (params === undefined) return new Uint8Array(0);
  const p = toBytes(params, name);
  if (p.length > max) throw outOfRange(`${name}.length`, `<= ${max}`, p.length);
  return p;
}

/** An HCI command packet: indicator, opcode (little-endian), parameter length (at most 255), parameters. */
export function encodeHciCommand(opcode: number, params?: Uint8Array): Buffer {
  const op = validateInteger(opcode, 'opcode', 0, 0xffff);
  const p = paramsOf(params, 255);
  const b = Buffer.alloc(4 + p.length);
  b[0] = HCI_COMMAND_PKT;
  b.writeUInt16LE(op, 1);
  b[3] = p.length;
  b.set(p, 4);
  return b;
}

/** An HCI event packet (what a controller, or btvirt, sends): indicator, event code, length, parameters. */
export function encodeHciEvent(event: number, params?: Uint8Array): Buffer {
  const e = validateInteger(event, 'event', 0, 0xff);
  const p = paramsOf(params, 255);
  const b = Buffer.alloc(3 + p.length);
  b[0] = HCI_EVENT_PKT;
  b[1] = e;
  b[2] = p.length;
  b.set(p, 3);
  return b;
}

/** An HCI ACL data packet: handle (12 bits), pb and bc flags (2 bits each), 16-bit length, data. */
export function encodeHciAcl(packet: { handle: number; pb?: number; bc?: number; data: Uint8Array }): Buffer {
  validateObject(packet, 'packet');
  const handle = validateInteger(packet.handle, 'packet.handle', 0, 0x0fff);
  const pb = packet.pb === undefined ? 0 : validateInteger(packet.pb, 'packet.pb', 0, 3);
  const bc = packet.bc === undefined ? 0 : validateInteger(packet.bc, 'packet.bc', 0, 3);
  const data = paramsOf(packet.data, 0xffff, 'packet.data');
  const b = Buffer.alloc(5 + data.length);
  b[0] = HCI_ACLDATA_PKT;
  b.writeUInt16LE(handle | (pb << 12) | (bc << 14), 1);
  b.writeUInt16LE(data.length, 3);
  b.set(data, 5);
  return b;
}

function need(b: Buffer, n: number, what: string): void {
  if (b.length < n) throw outOfRange('bytes.length', `>= ${n} (${what})`, b.length);
}

function body(b: Buffer, start: number, len: number, what: string): Buffer {
  if (b.length !== start + len) throw outOfRange('bytes.length', `${start + len} (the ${what} says ${len} bytes follow its ${start}-byte header)`, b.length);
  return Buffer.from(b.subarray(start));
}

/**
 * Decodes one packet as read from an HCI socket (indicator first). The
 * length in the header must match the bytes exactly; anything else is a
 * RangeError (ERR_OUT_OF_RANGE). Parameters are copies.
 */
export function decodeHciPacket(bytes: Uint8Array): HciPacket {
  const v = toBytes(bytes, 'bytes');
  const b = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  need(b, 1, 'the packet indicator');
  const indicator = b[0]!;
  if (indicator === HCI_COMMAND_PKT) {
    need(b, 4, 'an HCI command header');
    const opcode = b.readUInt16LE(1);
    return { type: 'command', opcode, ogf: opcode >> 10, ocf: opcode & 0x3ff, params: body(b, 4, b[3]!, 'command header') };
  }
  if (indicator === HCI_EVENT_PKT) {
    need(b, 3, 'an HCI event header');
    const event = b[1]!;
    const params = body(b, 3, b[2]!, 'event header');
    const out: HciEventPacket = { type: 'event', event, params };
    if (event === EVT_CMD_COMPLETE && params.length >= 3) {
      out.ncmd = params[0]!;
      out.opcode = params.readUInt16LE(1);
      out.returnParams = Buffer.from(params.subarray(3));
      if (params.length > 3) out.status = params[3]!;
    } else if (event === EVT_CMD_STATUS && params.length >= 4) {
      out.status = params[0]!;
      out.ncmd = params[1]!;
      out.opcode = params.readUInt16LE(2);
    } else if (event === EVT_LE_META_EVENT && params.length >= 1) {
      out.subevent = params[0]!;
    }
    return out;
  }
  if (indicator === HCI_ACLDATA_PKT) {
    need(b, 5, 'an HCI ACL header');
    const h = b.readUInt16LE(1);
    return { type: 'acl', handle: h & 0x0fff, pb: (h >> 12) & 3, bc: (h >> 14) & 3, data: body(b, 5, b.readUInt16LE(3), 'ACL header') };
  }
  if (indicator === HCI_SCODATA_PKT) {
    need(b, 4, 'an HCI SCO header');
    const h = b.readUInt16LE(1);
    return { type: 'sco', handle: h & 0x0fff, status: (h >> 12) & 3, data: body(b, 4, b[3]!, 'SCO header') };
  }
  if (indicator === HCI_ISODATA_PKT) {
    need(b, 5, 'an HCI ISO header');
    const h = b.readUInt16LE(1);
    return { type: 'iso', handle: h & 0x0fff, pb: (h >> 12) & 3, ts: (h >> 14) & 1, data: body(b, 5, b.readUInt16LE(3) & 0x3fff, 'ISO header') };
  }
  return { type: 'other', indicator, data: Buffer.from(b.subarray(1)) };
}

// ---------------------------------------------------------------------------
// Devices

/** What HCIGETDEVINFO says of a controller (struct hci_dev_info). */
export interface HciDevInfo {
  devId: number;
  name: string;
  bdaddr: string;
  flags: number;
  /** HCI_UP is set in flags. */
  up: boolean;
  /** The bus (low 4 bits of `type`: 0 virtual, 1 USB, ...). */
  bus: number;
  type: number;
  features: Buffer;
  pktType: number;
  linkPolicy: number;
  linkMode: number;
  aclMtu: number;
  aclPkts: number;
  scoMtu: number;
  scoPkts: number;
  stat: Record<'errRx' | 'errTx' | 'cmdTx' | 'evtRx' | 'aclTx' | 'aclRx' | 'scoTx' | 'scoRx' | 'byteRx' | 'byteTx', number>;
}

function native<K extends 'hciGetDevList' | 'hciGetDevInfo' | 'hciDevControl' | 'hciDevRequest'>(name: K): NonNullable<(typeof addon)[K]> {
  const fn = addon[name];
  if (!fn) throw fromErrno(-97 /* EAFNOSUPPORT */, 'ioctl', 'this platform has no Bluetooth HCI ioctls');
  return fn.bind(addon) as NonNullable<(typeof addon)[K]>;
}

/** HCIGETDEVLIST: the controllers the kernel knows, as [{ devId, devOpt }] (devOpt holds the device's flags). */
export function hciGetDevList(sock: Socket, max = HCI_MAX_DEV): Array<{ devId: number; devOpt: number }> {
  validateSocket(sock);
  const n = validateInteger(max, 'max', 1, 1024);
  const r = native('hciGetDevList')(sock.fileno(), n);
  if (typeof r === 'number') throw fromErrno(r, 'ioctl');
  const out: Array<{ devId: number; devOpt: number }> = [];
  for (let i = 0; i + 1 < r.length; i += 2) out.push({ devId: r[i]!, devOpt: r[i + 1]! });
  return out;
}

/** Decodes the bytes of a struct hci_dev_info. */
export function decodeHciDevInfo(bytes: Uint8Array): HciDevInfo {
  const L = requireLayout(addon.layout.hciDevInfo, 'struct hci_dev_info');
  const S = requireLayout(addon.layout.hciDevStats, 'struct hci_dev_stats');
  const v = toBytes(bytes, 'bytes');
  if (v.length < L.size) throw outOfRange('bytes.length', `>= ${L.size} (struct hci_dev_info)`, v.length);
  const b = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  const name = b.subarray(L.name.offset, L.name.offset + L.name.size);
  const end = name.indexOf(0);
  const flags = readU32(b, L.flags.offset);
  const type = b[L.type.offset]!;
  const stat = {} as HciDevInfo['stat'];
  for (const key of ['errRx', 'errTx', 'cmdTx', 'evtRx', 'aclTx', 'aclRx', 'scoTx', 'scoRx', 'byteRx', 'byteTx'] as const) {
    stat[key] = readU32(b, L.stat.offset + S[key].offset);
  }
  return {
    devId: readU16(b, L.devId.offset),
    name: name.subarray(0, end < 0 ? name.length : end).toString('latin1'),
    bdaddr: formatBdaddr(b.subarray(L.bdaddr.offset, L.bdaddr.offset + 6)),
    flags,
    up: (flags & (1 << HCI_UP)) !== 0,
    bus: type & 0x0f,
    type,
    features: Buffer.from(b.subarray(L.features.offset, L.features.offset + L.features.size)),
    pktType: readU32(b, L.pktType.offset),
    linkPolicy: readU32(b, L.linkPolicy.offset),
    linkMode: readU32(b, L.linkMode.offset),
    aclMtu: readU16(b, L.aclMtu.offset),
    aclPkts: readU16(b, L.aclPkts.offset),
    scoMtu: readU16(b, L.scoMtu.offset),
    scoPkts: readU16(b, L.scoPkts.offset),
    stat,
  };
}

/** HCIGETDEVINFO for controller `devId` (ENODEV when there is none). */
export function hciGetDevInfo(sock: Socket, devId: number): HciDevInfo {
  validateSocket(sock);
  const r = native('hciGetDevInfo')(sock.fileno(), validateInteger(devId, 'devId', 0, 0xffff));
  if (typeof r === 'number') throw fromErrno(r, 'ioctl');
  return decodeHciDevInfo(r);
}

function control(sock: Socket, request: number, devId: number): void {
  validateSocket(sock);
  const r = native('hciDevControl')(sock.fileno(), request, validateInteger(devId, 'devId', 0, 0xffff));
  if (r < 0) throw fromErrno(r, 'ioctl');
}

/** HCIDEVUP: powers the controller up (CAP_NET_ADMIN; EALREADY when it is up). Blocks while the kernel initialises it. */
export function hciDevUp(sock: Socket, devId: number): void {
  control(sock, HCIDEVUP, devId);
}

/** HCIDEVDOWN: powers the controller down (CAP_NET_ADMIN). */
export function hciDevDown(sock: Socket, devId: number): void {
  control(sock, HCIDEVDOWN, devId);
}

/** HCIDEVRESET: resets the controller (CAP_NET_ADMIN). */
export function hciDevReset(sock: Socket, devId: number): void {
  control(sock, HCIDEVRESET, devId);
}

/** HCISETSCAN: SCAN_DISABLED, or SCAN_PAGE | SCAN_INQUIRY (connectable, discoverable); CAP_NET_ADMIN. */
export function hciSetScan(sock: Socket, devId: number, scan: number): void {
  validateSocket(sock);
  const r = native('hciDevRequest')(sock.fileno(), HCISETSCAN, validateInteger(devId, 'devId', 0, 0xffff), validateInteger(scan, 'scan', 0, 0xff));
  if (r < 0) throw fromErrno(r, 'ioctl');
}

/**
 * An HCI socket (SOCK_RAW, BTPROTO_HCI), bound to `devId` on `channel`
 * (HCI_CHANNEL_RAW by default) when a device is given. Closed again if the
 * bind fails.
 */
export function hciSocket(devId?: number, channel = HCI_CHANNEL_RAW): Socket<'AF_BLUETOOTH'> {
  const s = new Socket(AF_BLUETOOTH, SOCK_RAW, BTPROTO_HCI);
  if (devId !== undefined) {
    try {
      s.bind([devId, channel]);
    } catch (err) {
      s.close();
      throw err;
    }
  }
  return s;
}

/** Every controller with its HCIGETDEVINFO, through an HCI socket of its own. */
export function hciDevices(): HciDevInfo[] {
  const s = hciSocket();
  try {
    return hciGetDevList(s).map((d) => hciGetDevInfo(s, d.devId));
  } finally {
    s.close();
  }
}
