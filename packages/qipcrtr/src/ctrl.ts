/**
 * The control-packet codec: struct qrtr_ctrl_pkt, what the router's name
 * service (bound to QRTR_PORT_CTRL on every node) reads and writes. Its
 * members are little-endian (`__le32`) on every host.
 *
 * - NEW_SERVER / DEL_SERVER: a service (`service`, `instance`) offered at
 *   `[node, port]`. A socket announces its own service by sending NEW_SERVER
 *   to `[localNode, QRTR_PORT_CTRL]` (the name service puts the sender's own
 *   node and port in place of the packet's).
 * - NEW_LOOKUP / DEL_LOOKUP: ask for (and stop) NEW_SERVER / DEL_SERVER
 *   notifications about `service` (0: every service) and `instance` (0:
 *   every instance). The name service first answers with one NEW_SERVER per
 *   service it knows, then an empty NEW_SERVER (all zeros) to end the list.
 * - DEL_CLIENT, RESUME_TX, BYE: a `[node, port]` (the union's client view).
 * - HELLO, PING, EXIT and anything else: the cmd alone.
 */
import { invalidArgType, invalidArgValue, osError, toBytes, validateObject, validateUint32 } from '@sock/core';
import {
  QRTR_TYPE_BYE,
  QRTR_TYPE_DEL_CLIENT,
  QRTR_TYPE_DEL_LOOKUP,
  QRTR_TYPE_DEL_SERVER,
  QRTR_TYPE_NEW_LOOKUP,
  QRTR_TYPE_NEW_SERVER,
  QRTR_TYPE_RESUME_TX,
} from './constants.js';
import { addon } from './native.js';

/** A decoded control packet; `service` and `instance` only for the server kinds. */
export interface QrtrCtrlPacket {
  cmd: number;
  service?: number;
  instance?: number;
  node?: number;
  port?: number;
}

/** What encodeCtrlPacket takes: members a kind does not carry must be absent or 0. */
export interface QrtrCtrlPacketInput {
  cmd: number;
  service?: number;
  instance?: number;
  node?: number;
  port?: number;
}

function layout(): NonNullable<typeof addon.layout.qrtrCtrlPkt> {
  const L = addon.layout.qrtrCtrlPkt;
  if (!L) throw osError("this platform's headers define no struct qrtr_ctrl_pkt (<linux/qrtr.h>)");
  return L;
}

/** The size of struct qrtr_ctrl_pkt (20 bytes on Linux). */
export const QRTR_CTRL_PKT_SIZE: number = addon.layout.qrtrCtrlPkt?.size ?? 20;

const serverKinds = new Set([QRTR_TYPE_NEW_SERVER, QRTR_TYPE_DEL_SERVER, QRTR_TYPE_NEW_LOOKUP, QRTR_TYPE_DEL_LOOKUP].filter((v) => v !== undefined));
const clientKinds = new Set([QRTR_TYPE_DEL_CLIENT, QRTR_TYPE_RESUME_TX, QRTR_TYPE_BYE].filter((v) => v !== undefined));

/** Whether a control packet of this cmd carries the server view (service, instance, node, port). */
export function isServerPacket(cmd: number): boolean {
  return serverKinds.has(cmd);
}

function member(input: QrtrCtrlPacketInput, key: keyof QrtrCtrlPacketInput): number {
  const value = input[key];
  return value === undefined ? 0 : validateUint32(value, `packet.${key}`);
}

/** Encodes a control packet as the 20 bytes of struct qrtr_ctrl_pkt (little-endian members, the rest zero). */
export function encodeCtrlPacket(packet: QrtrCtrlPacketInput): Buffer {
  validateObject(packet, 'packet', 'an object { cmd, service?, instance?, node?, port? }');
  if (Array.isArray(packet)) throw invalidArgType('packet', 'an object { cmd, service?, instance?, node?, port? }', packet);
  const cmd = validateUint32(packet.cmd, 'packet.cmd');
  const [service, instance, node, port] = (['service', 'instance', 'node', 'port'] as const).map((k) => member(packet, k)) as [number, number, number, number];
  const L = layout();
  const out = Buffer.alloc(L.size);
  out.writeUInt32LE(cmd, L.cmd.offset);
  if (isServerPacket(cmd)) {
    out.writeUInt32LE(service, L.service.offset);
    out.writeUInt32LE(instance, L.instance.offset);
    out.writeUInt32LE(node, L.serverNode.offset);
    out.writeUInt32LE(port, L.serverPort.offset);
  } else {
    if (service !== 0 || instance !== 0) {
      throw invalidArgValue('packet', `{ cmd: ${cmd} }`, 'carries service and instance only for NEW_SERVER, DEL_SERVER, NEW_LOOKUP and DEL_LOOKUP');
    }
    if (clientKinds.has(cmd)) {
      out.writeUInt32LE(node, L.clientNode.offset);
      out.writeUInt32LE(port, L.clientPort.offset);
    } else if (node !== 0 || port !== 0) {
      throw invalidArgValue('packet', `{ cmd: ${cmd} }`, 'carries node and port only for the server kinds, DEL_CLIENT, RESUME_TX and BYE');
    }
  }
  return out;
}

/**
 * Decodes a struct qrtr_ctrl_pkt. Fewer than 4 bytes (no cmd) is a coded
 * TypeError; members a short packet lacks read as 0.
 */
export function decodeCtrlPacket(data: Uint8Array): QrtrCtrlPacket {
  const bytes = toBytes(data, 'data');
  const L = layout();
  if (bytes.length < L.cmd.offset + 4) throw invalidArgValue('data', `[${bytes.length} bytes]`, 'must hold at least the 4-byte cmd of a struct qrtr_ctrl_pkt');
  const whole = Buffer.alloc(L.size);
  whole.set(bytes.subarray(0, L.size));
  const cmd = whole.readUInt32LE(L.cmd.offset);
  if (isServerPacket(cmd)) {
    return {
      cmd,
      service: whole.readUInt32LE(L.service.offset),
      instance: whole.readUInt32LE(L.instance.offset),
      node: whole.readUInt32LE(L.serverNode.offset),
      port: whole.readUInt32LE(L.serverPort.offset),
    };
  }
  if (clientKinds.has(cmd)) return { cmd, node: whole.readUInt32LE(L.clientNode.offset), port: whole.readUInt32LE(L.clientPort.offset) };
  return { cmd };
}
