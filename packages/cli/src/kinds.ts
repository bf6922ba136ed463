/**
 * The address kinds: for each, its family, socket types, and the parser of
 * REST into the family's address tuple. A parser called without the family
 * module checks the syntax only; with it, it also resolves constant names.
 */
import { constants as core, Socket } from '@sock/core';
import { badAddress, parseInteger } from './address.js';
import type { FamilyModule } from './families.js';

/**
 * How a socket of this kind is driven:
 * - stream: connect(2), or bind + listen + accept (SOCK_STREAM, SOCK_SEQPACKET);
 * - datagram: connect(2), or bind and answer whoever sent last (UDP, Unix and vsock datagrams, TIPC RDM);
 * - bound: bind(2) to an interface or group, then send and receive there (CAN, AF_PACKET, netlink).
 */
export type Style = 'stream' | 'datagram' | 'bound';

export interface KindSpec {
  readonly name: string;
  readonly family: string;
  /** What REST looks like, for messages and help. */
  readonly syntax: string;
  /** label -> SOCK_* name; the first is the default. */
  readonly types: Readonly<Record<string, string>>;
  /** The framing `sock` uses when none is asked for. */
  readonly framing?: 'candump';
  /** The family of this REST when it is not always `family` (tcp:[::1]:80 is AF_INET6). */
  familyFor?(rest: string, text: string): string;
  style(typeLabel: string): Style;
  check(rest: string, text: string): void;
  checkLocal(rest: string, text: string): void;
  /** The protocol for socket(2). */
  proto(mod: FamilyModule, rest: string, text: string): number;
  /** The address tuple REST names (the peer to connect to, or the address to bind in listen mode and for bound kinds). */
  address(mod: FamilyModule, rest: string, text: string): unknown;
  /** The tuple of `,bind=...`. */
  local(mod: FamilyModule, rest: string, text: string): unknown;
  /** What a listening socket binds, when it is not `address` (TIPC binds a service range). */
  listenAddress?(mod: FamilyModule, rest: string, text: string): unknown;
}

function constant(mod: FamilyModule | undefined, name: string, text: string, what: string): number {
  if (mod === undefined) return 0;
  const v = mod[name];
  if (typeof v !== 'number') throw badAddress(text, `${what}: this platform has no ${name}`);
  return v;
}

/** `HOST:PORT`, `[V6]:PORT`, `:PORT` or `PORT` (host '' = any). */
export function hostPort(rest: string, text: string): { host: string; port: number; v6: boolean } {
  let host: string;
  let port: string;
  const m = /^\[([^\]]*)\]:(.*)$/.exec(rest);
  if (m) {
    host = m[1]!;
    port = m[2]!;
  } else if (rest.startsWith('[')) {
    throw badAddress(text, 'expected [HOST]:PORT');
  } else if (/^\d+$/.test(rest)) {
    host = '';
    port = rest;
  } else {
    const i = rest.lastIndexOf(':');
    if (i < 0) throw badAddress(text, 'expected HOST:PORT ([::1]:PORT for IPv6)');
    host = rest.slice(0, i);
    port = rest.slice(i + 1);
    if (host.includes(':')) throw badAddress(text, `IPv6 hosts go in brackets: [${host}]:${port}`);
  }
  if (port === '') throw badAddress(text, 'the port is missing (HOST:PORT)');
  return { host, port: parseInteger(port, 'port', text, 0, 65535), v6: m !== null };
}

function inet(name: string, v6: boolean | null, dgram: boolean): KindSpec {
  const fam = (rest: string, text: string): string => (v6 === true || (v6 === null && hostPort(rest, text).v6) ? 'AF_INET6' : 'AF_INET');
  const tuple = (rest: string, text: string): unknown => {
    const { host, port } = hostPort(rest, text);
    return [host, port];
  };
  return {
    name,
    family: v6 ? 'AF_INET6' : 'AF_INET',
    syntax: v6 ? '[HOST]:PORT' : 'HOST:PORT',
    types: dgram ? { dgram: 'SOCK_DGRAM' } : { stream: 'SOCK_STREAM' },
    familyFor: fam,
    style: () => (dgram ? 'datagram' : 'stream'),
    check: (rest, text) => void hostPort(rest, text),
    checkLocal: (rest, text) => void hostPort(rest, text),
    proto: () => 0,
    address: (_m, rest, text) => tuple(rest, text),
    local: (_m, rest, text) => tuple(rest, text),
  };
}

/** A Unix path; `@name` (or the unix-abstract kind) is Linux's abstract namespace. */
function unixPath(rest: string, text: string, abstract: boolean): string | Buffer {
  if (rest === '') throw badAddress(text, 'the path is missing');
  if (abstract) return Buffer.concat([Buffer.of(0), Buffer.from(rest)]);
  if (rest.startsWith('@')) return Buffer.concat([Buffer.of(0), Buffer.from(rest.slice(1))]);
  return rest;
}

function unix(name: string, type: string, abstract = false): KindSpec {
  const types: Record<string, string> = { stream: 'SOCK_STREAM', dgram: 'SOCK_DGRAM', seqpacket: 'SOCK_SEQPACKET' };
  const label = Object.keys(types).find((k) => types[k] === type)!;
  return {
    name,
    family: 'AF_UNIX',
    syntax: abstract ? 'NAME' : 'PATH (or @NAME for the abstract namespace)',
    types: { [label]: type, ...types },
    style: (t) => (t === 'dgram' ? 'datagram' : 'stream'),
    check: (rest, text) => void unixPath(rest, text, abstract),
    checkLocal: (rest, text) => void unixPath(rest, text, false),
    proto: () => 0,
    address: (_m, rest, text) => unixPath(rest, text, abstract),
    local: (_m, rest, text) => unixPath(rest, text, false),
  };
}

const VSOCK_CIDS: Record<string, string> = { any: 'VMADDR_CID_ANY', hypervisor: 'VMADDR_CID_HYPERVISOR', local: 'VMADDR_CID_LOCAL', host: 'VMADDR_CID_HOST' };

function vsockTuple(mod: FamilyModule | undefined, rest: string, text: string): [number, number] {
  const m = /^([^:]+):([^:]+)$/.exec(rest);
  if (!m) throw badAddress(text, 'expected CID:PORT (CID a number or any, host, local, hypervisor)');
  const cidName = VSOCK_CIDS[m[1]!.toLowerCase()];
  const cid = cidName !== undefined ? constant(mod, cidName, text, 'CID') : parseInteger(m[1]!, 'CID', text);
  const port = m[2]!.toLowerCase() === 'any' ? constant(mod, 'VMADDR_PORT_ANY', text, 'port') : parseInteger(m[2]!, 'port', text);
  return [cid, port];
}

const IFNAME = /^[^\s:/]{1,15}$/;

function ifname(value: string, text: string): string {
  if (!IFNAME.test(value)) throw badAddress(text, `interface name must be 1-15 characters without ':', '/' or spaces, not ${JSON.stringify(value)}`);
  return value;
}

function canId(value: string, text: string, what: string): number {
  return parseInteger(value, what, text, 0, 0x9fffffff, true);
}

function isotpTuple(rest: string, text: string): [string, number, number] {
  const parts = rest.split(':');
  if (parts.length !== 3) throw badAddress(text, 'expected IFACE:RX:TX (CAN ids in hex)');
  return [ifname(parts[0]!, text), canId(parts[1]!, text, 'RX id'), canId(parts[2]!, text, 'TX id')];
}

/** `IFACE[:NAME[:PGN[:ADDR]]]`, hex numbers; an empty or missing member is J1939_NO_NAME / NO_PGN / NO_ADDR. */
function j1939Tuple(mod: FamilyModule | undefined, rest: string, text: string): [string, bigint, number, number] {
  const parts = rest.split(':');
  if (parts.length > 4) throw badAddress(text, 'expected IFACE[:NAME[:PGN[:ADDR]]] (hex numbers; empty means none)');
  const [iface, name = '', pgn = '', addr = ''] = parts;
  let nameValue: bigint;
  if (name === '') nameValue = mod === undefined ? 0n : BigInt(constant(mod, 'J1939_NO_NAME', text, 'NAME'));
  else if (/^(0x)?[0-9a-f]{1,16}$/i.test(name)) nameValue = BigInt(`0x${name.replace(/^0x/i, '')}`);
  else throw badAddress(text, `NAME must be a hex number of up to 64 bits, not ${JSON.stringify(name)}`);
  return [
    ifname(iface!, text),
    nameValue,
    pgn === '' ? constant(mod, 'J1939_NO_PGN', text, 'PGN') : parseInteger(pgn, 'PGN', text, 0, 0x3ffff, true),
    addr === '' ? constant(mod, 'J1939_NO_ADDR', text, 'ADDR') : parseInteger(addr, 'ADDR', text, 0, 0xff, true),
  ];
}

const ETHERTYPES: Record<string, string> = { all: 'ETH_P_ALL', ip: 'ETH_P_IP', ipv6: 'ETH_P_IPV6', arp: 'ETH_P_ARP', '8021q': 'ETH_P_8021Q' };

function ethertype(mod: FamilyModule | undefined, value: string | undefined, text: string): number {
  if (value === undefined || value === '') return constant(mod, 'ETH_P_ALL', text, 'protocol');
  const named = ETHERTYPES[value.toLowerCase()];
  if (named !== undefined) return constant(mod, named, text, 'protocol');
  if (/^ETH_P_[A-Z0-9_]+$/.test(value)) return constant(mod, value, text, 'protocol');
  return parseInteger(value, 'protocol (an ethertype: all, ip, ipv6, arp, ETH_P_*, or a number)', text, 0, 0xffff);
}

function packetParts(rest: string, text: string): [string, string | undefined] {
  const parts = rest.split(':');
  if (parts.length > 2) throw badAddress(text, 'expected IFACE[:PROTO]');
  return [ifname(parts[0]!, text), parts[1]];
}

function netlinkParts(mod: FamilyModule | undefined, rest: string, text: string): { proto: number; groups: number } {
  const parts = rest.split(':');
  if (parts.length > 2 || parts[0] === '') throw badAddress(text, 'expected PROTOCOL[:GROUPS] (route, generic, kobject-uevent, ...; GROUPS a number or names joined by +, like link+ipv4-ifaddr)');
  const p = parts[0]!;
  const proto = /^\d+$/.test(p) ? parseInteger(p, 'protocol', text, 0, 255) : constant(mod, `NETLINK_${p.toUpperCase().replace(/-/g, '_')}`, text, 'netlink protocol');
  let groups = 0;
  const g = parts[1];
  if (g !== undefined && g !== '') {
    if (/^(0x[0-9a-f]+|\d+)$/i.test(g)) groups = parseInteger(g, 'groups', text);
    else {
      for (const name of g.split('+')) {
        if (!/^[a-z0-9_-]+$/i.test(name)) throw badAddress(text, `group ${JSON.stringify(name)} is not a group name (link, ipv4-ifaddr, ...)`);
        groups |= constant(mod, `RTMGRP_${name.toUpperCase().replace(/-/g, '_')}`, text, 'netlink group');
      }
      groups >>>= 0;
    }
  }
  return { proto, groups };
}

function tipcParts(rest: string, text: string): [number, number, number] {
  const parts = rest.split(':');
  if (parts.length < 2 || parts.length > 3) throw badAddress(text, 'expected TYPE:INSTANCE[:UPPER] (a service name)');
  const type = parseInteger(parts[0]!, 'service type', text);
  const lower = parseInteger(parts[1]!, 'instance', text);
  const upper = parts[2] === undefined ? lower : parseInteger(parts[2], 'upper instance', text);
  if (upper < lower) throw badAddress(text, 'the upper instance is below the lower one');
  return [type, lower, upper];
}

function tipcRange(mod: FamilyModule, rest: string, text: string): unknown {
  const [type, lower, upper] = tipcParts(rest, text);
  return [constant(mod, 'TIPC_ADDR_NAMESEQ', text, 'address type'), type, lower, upper];
}

const BDADDR = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;

/** `BDADDR:NUMBER` (the number optional for a local address, 0 then). */
function btTuple(rest: string, text: string, what: string, max: number, local: boolean): [string, number] {
  const addr = rest.slice(0, 17);
  const tail = rest.slice(17);
  if (!BDADDR.test(addr) || (tail !== '' && !tail.startsWith(':')) || (tail === '' && !local)) {
    throw badAddress(text, `expected BDADDR:${what.toUpperCase()} (BDADDR as 00:11:22:33:44:55)`);
  }
  return [addr.toUpperCase(), tail === '' ? 0 : parseInteger(tail.slice(1), what, text, 0, max)];
}

function bluetooth(name: string, type: string, protoName: string, what: string, max: number): KindSpec {
  const label = type === 'SOCK_STREAM' ? 'stream' : 'seqpacket';
  return {
    name,
    family: 'AF_BLUETOOTH',
    syntax: `BDADDR:${what.toUpperCase()}`,
    types: { [label]: type },
    style: () => 'stream',
    check: (rest, text) => void btTuple(rest, text, what, max, false),
    checkLocal: (rest, text) => void btTuple(rest, text, what, max, true),
    proto: (mod, _r, text) => constant(mod, protoName, text, 'protocol'),
    address: (_m, rest, text) => btTuple(rest, text, what, max, false),
    local: (_m, rest, text) => btTuple(rest, text, what, max, true),
  };
}

/** `sco:BDADDR`: a bare controller or peer address. */
function scoAddress(rest: string, text: string): string {
  if (!BDADDR.test(rest)) throw badAddress(text, 'expected BDADDR (as 00:11:22:33:44:55)');
  return rest.toUpperCase();
}

const HCI_CHANNELS: Record<string, string> = {
  raw: 'HCI_CHANNEL_RAW',
  user: 'HCI_CHANNEL_USER',
  monitor: 'HCI_CHANNEL_MONITOR',
  control: 'HCI_CHANNEL_CONTROL',
  logging: 'HCI_CHANNEL_LOGGING',
};
/** Channels that see every controller: the kernel takes them only with HCI_DEV_NONE. */
const HCI_ALL_DEVICES = new Set(['monitor', 'control', 'logging']);

/** `DEV[:CHANNEL]`: DEV a number, hciN or none; CHANNEL a name of HCI_CHANNELS or a number (raw by default). */
export function hciParts(mod: FamilyModule | undefined, rest: string, text: string): { dev: number; channel: number; label: string } {
  const parts = rest.split(':');
  if (parts.length > 2 || parts[0] === '') {
    throw badAddress(text, 'expected DEV[:CHANNEL] (DEV a number, hciN or none; CHANNEL raw, user, monitor, control, logging or a number)');
  }
  const d = parts[0]!.toLowerCase();
  const none = d === 'none';
  const dev = none ? (mod === undefined ? 0xffff : constant(mod, 'HCI_DEV_NONE', text, 'device')) : parseInteger(d.replace(/^hci(?=\d)/, ''), 'device (a number, hciN or none)', text, 0, 0xffff);
  const c = (parts[1] ?? 'raw').toLowerCase();
  const named = HCI_CHANNELS[c];
  if (named === undefined && !/^(0x[0-9a-f]+|\d+)$/.test(c)) {
    throw badAddress(text, `channel must be raw, user, monitor, control, logging or a number, not ${JSON.stringify(parts[1])}`);
  }
  if (HCI_ALL_DEVICES.has(c) && !none) throw badAddress(text, `the ${c} channel is not bound to one controller: write hci:none:${c}`);
  const channel = named !== undefined ? constant(mod, named, text, 'channel') : parseInteger(c, 'channel', text, 0, 0xffff);
  return { dev, channel, label: named !== undefined ? c : String(channel) };
}

const QRTR_PORTS: Record<string, string> = { ctrl: 'QRTR_PORT_CTRL' };

/** This machine's QIPCRTR node: what an unbound socket's getsockname reports. */
function qrtrLocalNode(mod: FamilyModule): number {
  const s = new Socket(mod.AF_QIPCRTR as number, core.SOCK_DGRAM!, 0);
  try {
    return (s.getsockname() as unknown as [number, number])[0];
  } finally {
    s.close();
  }
}

/** `NODE:PORT`: NODE a number, local or bcast; PORT a number, any (0: the kernel picks one) or ctrl. */
function qrtrTuple(mod: FamilyModule | undefined, rest: string, text: string): [number, number] {
  const m = /^([^:]+):([^:]+)$/.exec(rest);
  if (!m) throw badAddress(text, 'expected NODE:PORT (NODE a number, local or bcast; PORT a number, any or ctrl)');
  const n = m[1]!.toLowerCase();
  const p = m[2]!.toLowerCase();
  let node: number;
  if (n === 'local') node = mod === undefined ? 0 : qrtrLocalNode(mod);
  else if (n === 'bcast') node = constant(mod, 'QRTR_NODE_BCAST', text, 'node');
  else node = parseInteger(m[1]!, 'node (a number, local or bcast)', text);
  let port: number;
  if (p === 'any') port = 0;
  else if (QRTR_PORTS[p] !== undefined) port = constant(mod, QRTR_PORTS[p], text, 'port');
  else port = parseInteger(m[2]!, 'port (a number, any or ctrl)', text);
  return [node, port];
}

const bound = (): Style => 'bound';

export const KINDS: readonly KindSpec[] = [
  inet('tcp', null, false),
  inet('tcp6', true, false),
  inet('udp', null, true),
  inet('udp6', true, true),
  unix('unix', 'SOCK_STREAM'),
  unix('unix-abstract', 'SOCK_STREAM', true),
  unix('unix-dgram', 'SOCK_DGRAM'),
  unix('seqpacket', 'SOCK_SEQPACKET'),
  {
    name: 'vsock',
    family: 'AF_VSOCK',
    syntax: 'CID:PORT',
    types: { stream: 'SOCK_STREAM', seqpacket: 'SOCK_SEQPACKET', dgram: 'SOCK_DGRAM' },
    style: (t) => (t === 'dgram' ? 'datagram' : 'stream'),
    check: (rest, text) => void vsockTuple(undefined, rest, text),
    checkLocal: (rest, text) => void vsockTuple(undefined, rest, text),
    proto: () => 0,
    address: (mod, rest, text) => vsockTuple(mod, rest, text),
    local: (mod, rest, text) => vsockTuple(mod, rest, text),
  },
  {
    name: 'can',
    family: 'AF_CAN',
    syntax: 'IFACE',
    types: { raw: 'SOCK_RAW' },
    framing: 'candump',
    style: bound,
    check: (rest, text) => void ifname(rest, text),
    checkLocal: (_r, text) => {
      throw badAddress(text, 'can: takes no bind=; the interface is the address');
    },
    proto: (mod, _r, text) => constant(mod, 'CAN_RAW', text, 'protocol'),
    address: (_m, rest, text) => [ifname(rest, text)],
    local: () => undefined,
  },
  {
    name: 'isotp',
    family: 'AF_CAN',
    syntax: 'IFACE:RX:TX',
    types: { dgram: 'SOCK_DGRAM' },
    style: bound,
    check: (rest, text) => void isotpTuple(rest, text),
    checkLocal: (_r, text) => {
      throw badAddress(text, 'isotp: takes no bind=; IFACE:RX:TX is the address');
    },
    proto: (mod, _r, text) => constant(mod, 'CAN_ISOTP', text, 'protocol'),
    address: (_m, rest, text) => isotpTuple(rest, text),
    local: () => undefined,
  },
  {
    name: 'j1939',
    family: 'AF_CAN',
    syntax: 'IFACE[:NAME[:PGN[:ADDR]]]',
    types: { dgram: 'SOCK_DGRAM' },
    style: bound,
    check: (rest, text) => void j1939Tuple(undefined, rest, text),
    checkLocal: (rest, text) => void j1939Tuple(undefined, rest, text),
    proto: (mod, _r, text) => constant(mod, 'CAN_J1939', text, 'protocol'),
    address: (mod, rest, text) => j1939Tuple(mod, rest, text),
    local: (mod, rest, text) => j1939Tuple(mod, rest, text),
  },
  {
    name: 'packet',
    family: 'AF_PACKET',
    syntax: 'IFACE[:PROTO]',
    types: { raw: 'SOCK_RAW', dgram: 'SOCK_DGRAM' },
    style: bound,
    check: (rest, text) => {
      const [, p] = packetParts(rest, text);
      ethertype(undefined, p, text);
    },
    checkLocal: (_r, text) => {
      throw badAddress(text, 'packet: takes no bind=; IFACE[:PROTO] is the address');
    },
    proto: (mod, rest, text) => {
      const socketProtocol = mod.socketProtocol as (e: number) => number;
      return socketProtocol(ethertype(mod, packetParts(rest, text)[1], text));
    },
    address: (mod, rest, text) => {
      const [iface, p] = packetParts(rest, text);
      return [iface, ethertype(mod, p, text)];
    },
    local: () => undefined,
  },
  {
    name: 'netlink',
    family: 'AF_NETLINK',
    syntax: 'PROTOCOL[:GROUPS]',
    types: { raw: 'SOCK_RAW', dgram: 'SOCK_DGRAM' },
    style: bound,
    check: (rest, text) => void netlinkParts(undefined, rest, text),
    checkLocal: (_r, text) => {
      throw badAddress(text, 'netlink: takes no bind=; PROTOCOL[:GROUPS] is the address');
    },
    proto: (mod, rest, text) => netlinkParts(mod, rest, text).proto,
    address: (mod, rest, text) => [0, netlinkParts(mod, rest, text).groups],
    local: () => undefined,
  },
  bluetooth('l2cap', 'SOCK_SEQPACKET', 'BTPROTO_L2CAP', 'psm', 0xffff),
  bluetooth('rfcomm', 'SOCK_STREAM', 'BTPROTO_RFCOMM', 'channel', 30),
  {
    name: 'sco',
    family: 'AF_BLUETOOTH',
    syntax: 'BDADDR',
    types: { seqpacket: 'SOCK_SEQPACKET' },
    style: () => 'stream',
    check: (rest, text) => void scoAddress(rest, text),
    checkLocal: (rest, text) => void scoAddress(rest, text),
    proto: (mod, _r, text) => constant(mod, 'BTPROTO_SCO', text, 'protocol'),
    address: (_m, rest, text) => scoAddress(rest, text),
    local: (_m, rest, text) => scoAddress(rest, text),
  },
  {
    name: 'hci',
    family: 'AF_BLUETOOTH',
    syntax: 'DEV[:CHANNEL]',
    types: { raw: 'SOCK_RAW' },
    style: bound,
    check: (rest, text) => void hciParts(undefined, rest, text),
    checkLocal: (_r, text) => {
      throw badAddress(text, 'hci: takes no bind=; DEV[:CHANNEL] is the address');
    },
    proto: (mod, _r, text) => constant(mod, 'BTPROTO_HCI', text, 'protocol'),
    address: (mod, rest, text) => {
      const { dev, channel } = hciParts(mod, rest, text);
      return [dev, channel];
    },
    local: () => undefined,
  },
  {
    name: 'rds',
    family: 'AF_RDS',
    syntax: 'HOST:PORT',
    types: { seqpacket: 'SOCK_SEQPACKET' },
    style: () => 'datagram',
    check: (rest, text) => void hostPort(rest, text),
    checkLocal: (rest, text) => void hostPort(rest, text),
    proto: () => 0,
    address: (_m, rest, text) => {
      const { host, port } = hostPort(rest, text);
      return [host, port];
    },
    local: (_m, rest, text) => {
      const { host, port } = hostPort(rest, text);
      return [host, port];
    },
  },
  {
    name: 'tipc',
    family: 'AF_TIPC',
    syntax: 'TYPE:INSTANCE[:UPPER]',
    types: { seqpacket: 'SOCK_SEQPACKET', stream: 'SOCK_STREAM', rdm: 'SOCK_RDM', dgram: 'SOCK_DGRAM' },
    style: (t) => (t === 'rdm' || t === 'dgram' ? 'datagram' : 'stream'),
    check: (rest, text) => void tipcParts(rest, text),
    checkLocal: (rest, text) => void tipcParts(rest, text),
    proto: () => 0,
    address: (mod, rest, text) => {
      const [type, lower] = tipcParts(rest, text);
      return [constant(mod, 'TIPC_ADDR_NAME', text, 'address type'), type, lower, 0];
    },
    local: (mod, rest, text) => tipcRange(mod, rest, text),
    listenAddress: (mod, rest, text) => tipcRange(mod, rest, text),
  },
  {
    name: 'qipcrtr',
    family: 'AF_QIPCRTR',
    syntax: 'NODE:PORT',
    types: { dgram: 'SOCK_DGRAM' },
    style: () => 'datagram',
    check: (rest, text) => void qrtrTuple(undefined, rest, text),
    checkLocal: (rest, text) => void qrtrTuple(undefined, rest, text),
    proto: () => 0,
    address: (mod, rest, text) => qrtrTuple(mod, rest, text),
    local: (mod, rest, text) => qrtrTuple(mod, rest, text),
  },
];
