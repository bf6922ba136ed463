/**
 * struct nlmsghdr and whole netlink messages: encoding one message, decoding
 * the run of messages a datagram carries (NLMSG_OK / NLMSG_NEXT).
 *
 * Each message is a 16-byte header (nlmsg_len, nlmsg_type, nlmsg_flags,
 * nlmsg_seq, nlmsg_pid, in host byte order) and a payload; nlmsg_len counts
 * both, and the next message starts at NLMSG_ALIGN(nlmsg_len). Decoding
 * checks every length against the bytes there are and throws the one
 * ERR_NETLINK_MALFORMED RangeError on anything else.
 */
import { types } from 'node:util';
import { invalidArgType, outOfRange, toBytes, validateInteger, validateObject, validateUint32 } from '@sock/core';
import { align4, asBuffer, LE, viewOf } from './bytes.js';
import { malformed } from './errors.js';
import { addon } from './native.js';

// The layout comes from the headers; the fallbacks are the netlink wire
// format itself, for platforms without the headers (decoding a capture there).
const H = addon.layout.nlmsghdr;
/** sizeof(struct nlmsghdr), which is also NLMSG_HDRLEN. */
export const NLMSGHDR_SIZE: number = H?.size ?? 16;
const LEN = H?.nlmsg_len.offset ?? 0;
const TYPE = H?.nlmsg_type.offset ?? 4;
const FLAGS = H?.nlmsg_flags.offset ?? 6;
const SEQ = H?.nlmsg_seq.offset ?? 8;
const PID = H?.nlmsg_pid.offset ?? 12;

/** The fields of struct nlmsghdr. */
export interface NlmsgHeader {
  /** nlmsg_len: header plus payload, in bytes. */
  len: number;
  type: number;
  flags: number;
  seq: number;
  /** nlmsg_pid: the sender's port id (0: the kernel) in replies, the requester's in requests. */
  pid: number;
}

/** A decoded message: its header fields and its payload (nlmsg_len - 16 bytes). */
export interface NetlinkMessage {
  type: number;
  flags: number;
  seq: number;
  pid: number;
  payload: Buffer;
}

/** What encodeMessage takes: the payload may be given in parts (a family header, then attributes). */
export interface NetlinkMessageInput {
  type: number;
  flags?: number;
  seq?: number;
  pid?: number;
  /** The payload, or its parts; each part starts 4-byte aligned (NLMSG_ALIGN), as family headers and attributes must. */
  payload?: ArrayBufferView | readonly ArrayBufferView[];
}

/** Writes a 16-byte nlmsghdr. */
export function encodeNlmsghdr(header: NlmsgHeader): Buffer {
  validateObject(header, 'header', 'an nlmsghdr object');
  const out = Buffer.alloc(NLMSGHDR_SIZE);
  writeHeader(out, 0, {
    len: validateUint32(header?.len, 'header.len'),
    type: validateInteger(header.type, 'header.type', 0, 0xffff),
    flags: validateInteger(header.flags, 'header.flags', 0, 0xffff),
    seq: validateUint32(header.seq, 'header.seq'),
    pid: validateUint32(header.pid, 'header.pid'),
  });
  return out;
}

function writeHeader(out: Uint8Array, at: number, h: NlmsgHeader): void {
  const v = viewOf(out);
  v.setUint32(at + LEN, h.len, LE);
  v.setUint16(at + TYPE, h.type, LE);
  v.setUint16(at + FLAGS, h.flags, LE);
  v.setUint32(at + SEQ, h.seq, LE);
  v.setUint32(at + PID, h.pid, LE);
}

/** Reads the nlmsghdr at `offset`; throws ERR_NETLINK_MALFORMED when fewer than 16 bytes are there. */
export function decodeNlmsghdr(bytes: ArrayBufferView, offset = 0): NlmsgHeader {
  const b = toBytes(bytes, 'bytes');
  validateInteger(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
  if (b.length - offset < NLMSGHDR_SIZE) {
    throw malformed(`${Math.max(b.length - offset, 0)} bytes at offset ${offset} are too few for an nlmsghdr (${NLMSGHDR_SIZE})`, offset);
  }
  const v = viewOf(b);
  return {
    len: v.getUint32(offset + LEN, LE),
    type: v.getUint16(offset + TYPE, LE),
    flags: v.getUint16(offset + FLAGS, LE),
    seq: v.getUint32(offset + SEQ, LE),
    pid: v.getUint32(offset + PID, LE),
  };
}

function payloadParts(payload: NetlinkMessageInput['payload']): Uint8Array[] {
  if (payload === undefined || payload === null) return [];
  if (ArrayBuffer.isView(payload)) return [toBytes(payload, 'message.payload')];
  if (!Array.isArray(payload)) throw invalidArgType('message.payload', 'an ArrayBufferView or an array of them', payload);
  return payload.map((p, i) => toBytes(p, `message.payload[${i}]`));
}

/**
 * Encodes one message: the header with nlmsg_len filled in, then the payload
 * parts, each at a 4-byte boundary. The result is padded to NLMSG_ALIGN, so
 * messages can be concatenated into one datagram.
 */
export function encodeMessage(message: NetlinkMessageInput): Buffer {
  validateObject(message, 'message', 'an object');
  const type = validateInteger(message.type, 'message.type', 0, 0xffff);
  const flags = validateInteger(message.flags ?? 0, 'message.flags', 0, 0xffff);
  const seq = validateUint32(message.seq ?? 0, 'message.seq');
  const pid = validateUint32(message.pid ?? 0, 'message.pid');
  const parts = payloadParts(message.payload);
  let len = NLMSGHDR_SIZE;
  const at: number[] = [];
  for (const p of parts) {
    len = align4(len);
    at.push(len);
    len += p.length;
  }
  if (len > 0xffffffff) throw malformed(`a message of ${len} bytes does not fit nlmsg_len`, 0);
  const out = Buffer.alloc(align4(len));
  writeHeader(out, 0, { len, type, flags, seq, pid });
  parts.forEach((p, i) => out.set(p, at[i]!));
  return out;
}

/** Encodes several messages into one datagram (a batch). */
export function encodeMessages(messages: readonly NetlinkMessageInput[]): Buffer {
  if (types.isProxy(messages) || !Array.isArray(messages)) throw invalidArgType('messages', 'an array of messages', messages);
  if (messages.length > 1 << 20) throw outOfRange('messages.length', `<= ${1 << 20}`, messages.length);
  const parts: Buffer[] = [];
  for (let i = 0; i < messages.length; i++) parts.push(encodeMessage(messages[i]!));
  return Buffer.concat(parts);
}

/**
 * Decodes every message in a datagram. Payloads are views into `bytes` (no
 * copy). Throws ERR_NETLINK_MALFORMED for a header cut short, an nlmsg_len
 * below the header size or beyond the data, or stray bytes after the last
 * message; the loop advances at least 16 bytes per message, so it ends.
 */
export function decodeMessages(bytes: ArrayBufferView): NetlinkMessage[] {
  const b = asBuffer(toBytes(bytes, 'bytes'));
  const out: NetlinkMessage[] = [];
  let off = 0;
  while (off < b.length) {
    const h = decodeNlmsghdr(b, off);
    if (h.len < NLMSGHDR_SIZE) throw malformed(`nlmsg_len ${h.len} at offset ${off} is smaller than the header (${NLMSGHDR_SIZE})`, off);
    if (h.len > b.length - off) throw malformed(`nlmsg_len ${h.len} at offset ${off} runs past the ${b.length - off} bytes left`, off);
    out.push({ type: h.type, flags: h.flags, seq: h.seq, pid: h.pid, payload: b.subarray(off + NLMSGHDR_SIZE, off + h.len) });
    off += align4(h.len);
  }
  return out;
}
