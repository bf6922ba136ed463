/**
 * Ethernet II frames and MAC addresses: what a SOCK_RAW packet socket sends
 * and receives on Ethernet-like devices (ethN, veth, lo). Plain byte
 * handling, no syscalls; the frame check sequence is never part of it (the
 * device adds and strips it).
 */
import { invalidArgType, invalidArgValue, outOfRange, toBytes, validateInteger, validateObject } from '@sock/core';
import { ETH_ALEN, ETH_HLEN, ETH_P_8021AD, ETH_P_8021Q } from './constants.js';

/** An Ethernet II frame's parts; `vlan` holds an 802.1Q/802.1ad tag found after the addresses. */
export interface EthernetFrame {
  readonly dst: Buffer;
  readonly src: Buffer;
  /** The ethertype after any VLAN tag (host order), or the 802.3 length when below 0x600. */
  readonly ethertype: number;
  readonly vlan: { readonly tpid: number; readonly tci: number; readonly id: number; readonly priority: number } | null;
  readonly payload: Buffer;
}

const MAC = /^[0-9a-f]{2}([:-])[0-9a-f]{2}(\1[0-9a-f]{2}){4}$/i;

/** 'aa:bb:cc:dd:ee:ff' (any length of bytes, lower-case, colon-separated). */
export function formatMac(bytes: ArrayBufferView): string {
  return Buffer.from(toBytes(bytes, 'bytes')).toString('hex').replace(/(..)(?!$)/g, '$1:');
}

/** The 6 bytes of 'aa:bb:cc:dd:ee:ff' (or with dashes). */
export function parseMac(text: string): Buffer {
  if (typeof text !== 'string') throw invalidArgType('text', 'of type string', text);
  if (!MAC.test(text)) throw invalidArgValue('text', text, "must be a MAC address like '02:00:5e:10:00:01'");
  return Buffer.from(text.replace(/[:-]/g, ''), 'hex');
}

function mac(value: unknown, name: string): Uint8Array {
  const b = typeof value === 'string' ? parseMac(value) : toBytes(value, name);
  if (b.length !== ETH_ALEN) throw outOfRange(`${name}.length`, `${ETH_ALEN}`, b.length);
  return b;
}

/** Builds dst | src | [tpid tci] | ethertype | payload. Addresses as 6 bytes or 'aa:bb:...' text. */
export function buildEthernetFrame(parts: {
  dst: ArrayBufferView | string;
  src: ArrayBufferView | string;
  ethertype: number;
  payload?: ArrayBufferView;
  vlan?: { tci: number; tpid?: number };
}): Buffer {
  validateObject(parts, 'parts', 'an object');
  const ethertype = validateInteger(parts.ethertype, 'ethertype', 0, 0xffff);
  const payload = parts.payload === undefined ? new Uint8Array(0) : toBytes(parts.payload, 'payload');
  const tag = parts.vlan === undefined ? null : parts.vlan;
  const head = ETH_HLEN + (tag ? 4 : 0);
  const frame = Buffer.alloc(head + payload.length);
  frame.set(mac(parts.dst, 'dst'), 0);
  frame.set(mac(parts.src, 'src'), ETH_ALEN);
  let at = 2 * ETH_ALEN;
  if (tag) {
    frame.writeUInt16BE(validateInteger(tag.tpid ?? ETH_P_8021Q, 'vlan.tpid', 0, 0xffff), at);
    frame.writeUInt16BE(validateInteger(tag.tci, 'vlan.tci', 0, 0xffff), at + 2);
    at += 4;
  }
  frame.writeUInt16BE(ethertype, at);
  frame.set(payload, head);
  return frame;
}

/** Splits an Ethernet II frame; null when it is shorter than a header. One VLAN tag is recognised. */
export function parseEthernetFrame(frame: ArrayBufferView): EthernetFrame | null {
  const b = Buffer.from(toBytes(frame, 'frame'));
  if (b.length < ETH_HLEN) return null;
  let at = 2 * ETH_ALEN;
  let ethertype = b.readUInt16BE(at);
  let vlan: EthernetFrame['vlan'] = null;
  if ((ethertype === ETH_P_8021Q || ethertype === ETH_P_8021AD) && b.length >= ETH_HLEN + 4) {
    const tci = b.readUInt16BE(at + 2);
    vlan = { tpid: ethertype, tci, id: tci & 0xfff, priority: tci >>> 13 };
    at += 4;
    ethertype = b.readUInt16BE(at);
  }
  return { dst: b.subarray(0, ETH_ALEN), src: b.subarray(ETH_ALEN, 2 * ETH_ALEN), ethertype, vlan, payload: b.subarray(at + 2) };
}
