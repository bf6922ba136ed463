/**
 * The control messages of level SOL_TIPC that recvmsg(2) gives, decoded:
 *
 * - `TIPC_ERRINFO`: a message came back undelivered (a returned message):
 *   two u32, the error code (TIPC_ERR_NO_NAME, TIPC_ERR_NO_PORT,
 *   TIPC_ERR_NO_NODE, TIPC_ERR_OVERLOAD, TIPC_CONN_SHUTDOWN) and the
 *   length of the data returned with it;
 * - `TIPC_RETDATA`: the returned data itself;
 * - `TIPC_DESTNAME`: the service address a message was sent to (three
 *   u32: type, lower, upper), for messages sent to a name or a range.
 *
 * A returned message reaches a sender only when its messages are not
 * droppable at the destination: TIPC_DEST_DROPPABLE set to 0 (SOCK_RDM and
 * SOCK_DGRAM drop by default). recvmsg then gives empty data with these
 * control messages.
 */
import { ancillaryItems, CMSG_SPACE, invalidArgType, invalidArgValue, validateInteger, validateObject, validateSocket, type AncillaryItem, type RecvmsgResult, type Socket } from '@sock/core';
import { SOL_TIPC, TIPC_DESTNAME, TIPC_ERRINFO, TIPC_MAX_USER_MSG_SIZE, TIPC_RETDATA } from './constants.js';
import type { TipcAddress } from './address.js';

/** What the SOL_TIPC control messages of one recvmsg say. */
export interface TipcAncillary {
  /** Present when the message was returned undelivered. */
  error?: { code: number; dataLength: number };
  /** The data that came back with a returned message. */
  returnedData?: Buffer;
  /** The service address the message was sent to. */
  destName?: { type: number; lower: number; upper: number };
}

const LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const read = (b: Buffer, i: number): number => (LE ? b.readUInt32LE(i * 4) : b.readUInt32BE(i * 4));

function exact(data: Buffer, size: number, what: string): Buffer {
  if (data.length !== size) throw invalidArgValue(`${what}.length`, data.length, `must be ${size}`);
  return data;
}

/**
 * Decodes the SOL_TIPC items of recvmsg's ancillary data (others are left
 * out). A TIPC_ERRINFO or TIPC_DESTNAME of the wrong length is a TypeError
 * (ERR_INVALID_ARG_VALUE), never a silent misread.
 */
export function decodeTipcAncillary(ancdata: Iterable<AncillaryItem>): TipcAncillary {
  const items = ancillaryItems(ancdata, 'ancdata');
  const out: TipcAncillary = {};
  for (const item of items) {
    const [level, type, data] = item;
    if (level !== SOL_TIPC) continue;
    if (type === TIPC_ERRINFO) {
      const b = exact(data, 8, 'TIPC_ERRINFO');
      out.error = { code: read(b, 0), dataLength: read(b, 1) };
    } else if (type === TIPC_RETDATA) {
      out.returnedData = Buffer.from(data);
    } else if (type === TIPC_DESTNAME) {
      const b = exact(data, 12, 'TIPC_DESTNAME');
      out.destName = { type: read(b, 0), lower: read(b, 1), upper: read(b, 2) };
    }
  }
  return out;
}

/**
 * The ancillary buffer size recvmsg needs for every SOL_TIPC control
 * message, with room for `returned` bytes of returned data (default:
 * TIPC_MAX_USER_MSG_SIZE, the largest message).
 */
export function tipcAncillarySpace(returned: number = TIPC_MAX_USER_MSG_SIZE ?? 66000): number {
  validateInteger(returned, 'returned', 0, 0x7fffffff - 64);
  return CMSG_SPACE(8) + CMSG_SPACE(returned) + CMSG_SPACE(12);
}

/** recvmsg's result with the SOL_TIPC control messages decoded. */
export interface TipcMessage {
  data: Buffer;
  flags: number;
  address: TipcAddress | null;
  ancillary: TipcAncillary;
}

function toMessage([data, ancdata, flags, address]: RecvmsgResult<TipcAddress>): TipcMessage {
  return { data, flags, address, ancillary: decodeTipcAncillary(ancdata) };
}

/**
 * recvmsg with room for the SOL_TIPC control messages, decoded: a returned
 * message gives `ancillary.error` and `ancillary.returnedData`.
 */
export async function recvTipcMessage(sock: Socket<'AF_TIPC'>, bufsize: number, options?: { flags?: number; returned?: number; signal?: AbortSignal }): Promise<TipcMessage> {
  const o = options === undefined || options === null ? {} : validateObject<{ flags?: number; returned?: number; signal?: AbortSignal }>(options, 'options');
  const flags = validateInteger(o.flags ?? 0, 'options.flags');
  validateSocket(sock);
  return toMessage(await sock.recvmsg(bufsize, tipcAncillarySpace(o.returned), flags, { signal: o.signal }));
}

/** `recvTipcMessage` without the event loop (under the socket's timeout). */
export function recvTipcMessageSync(sock: Socket<'AF_TIPC'>, bufsize: number, options?: { flags?: number; returned?: number }): TipcMessage {
  const o = options === undefined || options === null ? {} : validateObject<{ flags?: number; returned?: number; signal?: AbortSignal }>(options, 'options');
  const flags = validateInteger(o.flags ?? 0, 'options.flags');
  validateSocket(sock);
  return toMessage(sock.recvmsgSync(bufsize, tipcAncillarySpace(o.returned), flags));
}
