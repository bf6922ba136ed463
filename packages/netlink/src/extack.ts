/**
 * The kernel's answers in NLMSG_ERROR and NLMSG_DONE messages, and the
 * OSError they become.
 *
 * NLMSG_ERROR carries struct nlmsgerr: `error` (0 for an acknowledgement,
 * else a negative errno) and a copy of the request's header, followed by the
 * request's payload unless NLM_F_CAPPED is set (NETLINK_CAP_ACK), then, when
 * NLM_F_ACK_TLVS is set (NETLINK_EXT_ACK), extended-ack attributes: a
 * message text (NLMSGERR_ATTR_MSG), the offset of the offending attribute in
 * the request (NLMSGERR_ATTR_OFFS), a missing attribute's type, a cookie.
 * NLMSG_DONE ends a dump with an int (0, or a negative errno when the dump
 * failed) and the same attributes. Malformed extended-ack attributes are
 * dropped (extack null) rather than hiding the errno they came with.
 */
import { fromErrno, toBytes, validateObject, validateUint32, type OSError } from '@sock/core';
import { attrMap, decodeAttrs, type Attribute } from './attributes.js';
import { readString, readU32 } from './attr-values.js';
import { align4, LE, viewOf } from './bytes.js';
import {
  NLM_F_ACK_TLVS,
  NLM_F_CAPPED,
  NLMSGERR_ATTR_COOKIE,
  NLMSGERR_ATTR_MISS_NEST,
  NLMSGERR_ATTR_MISS_TYPE,
  NLMSGERR_ATTR_MSG,
  NLMSGERR_ATTR_OFFS,
  NLMSG_DONE,
  NLMSG_ERROR,
} from './constants/index.js';
import { isMalformed, malformed } from './errors.js';
import { decodeNlmsghdr, NLMSGHDR_SIZE, type NetlinkMessage, type NlmsgHeader } from './message.js';

/** What an extended acknowledgement said; fields the kernel left out are absent. */
export interface ExtAck {
  /** NLMSGERR_ATTR_MSG: the kernel's explanation ('Unknown device type'). */
  message?: string;
  /** NLMSGERR_ATTR_OFFS: the byte offset, in the request message, of the attribute at fault. */
  offset?: number;
  /** NLMSGERR_ATTR_MISS_TYPE: the type of a required attribute that was missing. */
  missingType?: number;
  /** NLMSGERR_ATTR_MISS_NEST: the offset of the nest that lacked it. */
  missingNest?: number;
  /** NLMSGERR_ATTR_COOKIE: opaque bytes some subsystems return. */
  cookie?: Buffer;
}

/** A decoded NLMSG_ERROR or NLMSG_DONE. */
export interface NetlinkStatus {
  /** 0, or the positive errno the kernel reported. */
  errno: number;
  /** The header of the request this answers (NLMSG_ERROR only). */
  request: NlmsgHeader | null;
  extack: ExtAck | null;
}

/** An OSError built from a netlink error reply, with what the kernel said beyond the errno. */
export type NetlinkOSError = OSError & { readonly extack: ExtAck | null; readonly request: NlmsgHeader | null };

function extackOf(attrs: Attribute[]): ExtAck | null {
  if (attrs.length === 0) return null;
  const m = attrMap(attrs);
  const out: ExtAck = {};
  const msg = m.get(NLMSGERR_ATTR_MSG);
  if (msg) out.message = readString(msg);
  const offs = m.get(NLMSGERR_ATTR_OFFS);
  if (offs) out.offset = readU32(offs);
  const missType = NLMSGERR_ATTR_MISS_TYPE === undefined ? undefined : m.get(NLMSGERR_ATTR_MISS_TYPE);
  if (missType) out.missingType = readU32(missType);
  const missNest = NLMSGERR_ATTR_MISS_NEST === undefined ? undefined : m.get(NLMSGERR_ATTR_MISS_NEST);
  if (missNest) out.missingNest = readU32(missNest);
  const cookie = m.get(NLMSGERR_ATTR_COOKIE);
  if (cookie) out.cookie = Buffer.from(cookie.data);
  return out;
}

/** A payload and nlmsg_flags as callers pass them: any ArrayBufferView (as a Buffer over its bytes) and a uint32. */
function args(payload: unknown, flags: unknown): [Buffer, number] {
  const b = toBytes(payload, 'payload');
  const buf = Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  return [buf, flags === undefined ? 0 : validateUint32(flags, 'flags')];
}

function errnoAt(payload: Buffer, what: string): number {
  if (payload.length < 4) throw malformed(`${what} payload of ${payload.length} bytes has no error code`, 0);
  const code = viewOf(payload).getInt32(0, LE);
  return code < 0 ? -code : code;
}

/** Decodes the payload of an NLMSG_ERROR message (`flags` are that message's nlmsg_flags). */
export function decodeError(bytes: Buffer, nlmsgFlags: number): NetlinkStatus {
  const [payload, flags] = args(bytes, nlmsgFlags);
  const errno = errnoAt(payload, 'NLMSG_ERROR');
  if (payload.length < 4 + NLMSGHDR_SIZE) return { errno, request: null, extack: null };
  const request = decodeNlmsghdr(payload, 4);
  if ((flags & NLM_F_ACK_TLVS) === 0) return { errno, request, extack: null };
  const copied = (flags & NLM_F_CAPPED) !== 0 ? NLMSGHDR_SIZE : request.len;
  const start = align4(4 + copied);
  if (copied < NLMSGHDR_SIZE || start > payload.length) {
    throw malformed(`NLMSG_ERROR says it copies ${copied} request bytes, but carries ${payload.length - 4}`, 4);
  }
  return { errno, request, extack: lenientExtack(payload.subarray(start), start) };
}

/** Extended-ack attributes; malformed ones are dropped so that the errno still comes through. */
function lenientExtack(bytes: Buffer, base: number): ExtAck | null {
  try {
    return extackOf(decodeAttrs(bytes, base));
  } catch (err) {
    if (isMalformed(err)) return null;
    throw err;
  }
}

/** Decodes the payload of an NLMSG_DONE message (an empty one means success, as old kernels send it). */
export function decodeDone(bytes: Buffer, nlmsgFlags: number): NetlinkStatus {
  const [payload, flags] = args(bytes, nlmsgFlags);
  if (payload.length === 0) return { errno: 0, request: null, extack: null };
  const errno = errnoAt(payload, 'NLMSG_DONE');
  const extack = (flags & NLM_F_ACK_TLVS) !== 0 ? lenientExtack(payload.subarray(4), 4) : null;
  return { errno, request: null, extack };
}

/**
 * The OSError for a failed request: core's PEP 3151 class for the errno,
 * strerror followed by the kernel's extended-ack text when there is one
 * ('[Errno 95] Operation not supported: Unknown device type'). `syscall`
 * names the request (e.g. 'RTM_NEWLINK'), since the error answers it.
 */
export function statusError(status: NetlinkStatus, syscall: string): NetlinkOSError {
  validateObject(status, 'status', 'a netlink status');
  let err = fromErrno(status.errno, syscall);
  const text = status.extack?.message;
  if (text) err = fromErrno(status.errno, syscall, `${err.strerror}: ${text}`);
  Object.defineProperty(err, 'extack', { value: status.extack, enumerable: true });
  Object.defineProperty(err, 'request', { value: status.request, enumerable: true });
  return err as NetlinkOSError;
}

/** The status an NLMSG_ERROR or NLMSG_DONE message carries; null for any other type. */
export function statusOf(message: NetlinkMessage): NetlinkStatus | null {
  validateObject(message, 'message', 'a decoded netlink message');
  if (message.type === NLMSG_ERROR) return decodeError(message.payload, message.flags);
  if (message.type === NLMSG_DONE) return decodeDone(message.payload, message.flags);
  return null;
}
