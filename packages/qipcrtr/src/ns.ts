/**
 * The router's name service, through its control port: announce and
 * withdraw a service a socket offers, and look services up. Each helper is
 * a composite of sendto(2) (and recvfrom(2)) on QRTR_PORT_CTRL of the local
 * node, with the control packets of ctrl.ts.
 */
import { osError, SOCK_DGRAM, Socket, validateObject, validateSocket, validateUint32, type OpOptions } from '@sock/core';
import { decodeCtrlPacket, encodeCtrlPacket, QRTR_CTRL_PKT_SIZE } from './ctrl.js';
import { AF_QIPCRTR, QRTR_PORT_CTRL, QRTR_TYPE_DEL_SERVER, QRTR_TYPE_NEW_LOOKUP, QRTR_TYPE_NEW_SERVER } from './constants.js';
import type { QrtrAddress } from './address.js';

/** A service the name service knows: what it is, and the address that serves it. */
export interface QrtrService {
  service: number;
  instance: number;
  node: number;
  port: number;
}

export interface LookupOptions {
  /** Instance to match (0, the default: every instance). */
  instance?: number;
  /** Seconds to wait for each answer of the name service (default 5); TimeoutError after it. */
  timeout?: number;
}

function qrtrSocket(sock: unknown): Socket<'AF_QIPCRTR'> {
  const s = validateSocket(sock);
  return s as Socket<'AF_QIPCRTR'>;
}

/** The control port of the node `sock` lives on (an unbound socket already knows its node). */
function controlOf(sock: Socket<'AF_QIPCRTR'>): QrtrAddress {
  const [node] = sock.getsockname() as QrtrAddress;
  return [node, QRTR_PORT_CTRL];
}

function serverPacket(cmd: number, service: number, instance: number): Buffer {
  return encodeCtrlPacket({ cmd, service: validateUint32(service, 'service'), instance: validateUint32(instance, 'instance') });
}

/**
 * Announces that `sock` serves `service`/`instance`: NEW_SERVER to the
 * control port (autobinding `sock` if it is not bound). The name service
 * records the socket's own node and port, and withdraws the service when
 * the socket closes.
 */
export async function announceServer(sock: Socket, service: number, instance: number, options?: OpOptions): Promise<void> {
  const s = qrtrSocket(sock);
  await s.sendto(serverPacket(QRTR_TYPE_NEW_SERVER, service, instance), 0, controlOf(s), options);
}

/** announceServer, blocking as the socket's mode says. */
export function announceServerSync(sock: Socket, service: number, instance: number): void {
  const s = qrtrSocket(sock);
  s.sendtoSync(serverPacket(QRTR_TYPE_NEW_SERVER, service, instance), controlOf(s));
}

/** Withdraws a service `sock` announced: DEL_SERVER to the control port. */
export async function withdrawServer(sock: Socket, service: number, instance: number, options?: OpOptions): Promise<void> {
  const s = qrtrSocket(sock);
  await s.sendto(serverPacket(QRTR_TYPE_DEL_SERVER, service, instance), 0, controlOf(s), options);
}

/** withdrawServer, blocking as the socket's mode says. */
export function withdrawServerSync(sock: Socket, service: number, instance: number): void {
  const s = qrtrSocket(sock);
  s.sendtoSync(serverPacket(QRTR_TYPE_DEL_SERVER, service, instance), controlOf(s));
}

function lookupSetup(service: number, options: LookupOptions | undefined): { sock: Socket<'AF_QIPCRTR'>; request: Buffer } {
  if (options !== undefined) validateObject(options, 'options');
  if (QRTR_TYPE_NEW_LOOKUP === undefined) throw osError("this platform's <linux/qrtr.h> has no QRTR_TYPE_NEW_LOOKUP (Linux 4.15+)");
  const request = serverPacket(QRTR_TYPE_NEW_LOOKUP, service, options?.instance ?? 0);
  const sock = new Socket(AF_QIPCRTR, SOCK_DGRAM, 0);
  try {
    sock.settimeout(options?.timeout ?? 5);
  } catch (err) {
    sock.close();
    throw err;
  }
  return { sock, request };
}

/** Folds one answer into the list; true at the empty NEW_SERVER that ends it. */
function take(found: QrtrService[], data: Buffer, from: QrtrAddress | null): boolean {
  if (!from || from[1] !== QRTR_PORT_CTRL || data.length < QRTR_CTRL_PKT_SIZE) return false;
  const p = decodeCtrlPacket(data);
  const entry = { service: p.service ?? 0, instance: p.instance ?? 0, node: p.node ?? 0, port: p.port ?? 0 };
  if (p.cmd === QRTR_TYPE_NEW_SERVER) {
    if (entry.service === 0 && entry.instance === 0 && entry.node === 0 && entry.port === 0) return true;
    found.push(entry);
  }
  return false;
}

/**
 * The services the name service knows that match `service` (0: every
 * service): a NEW_LOOKUP from a socket of its own, then the NEW_SERVER
 * answers up to the empty one that ends the listing. Closing the socket
 * ends the lookup on the name service's side.
 */
export async function lookupServices(service = 0, options?: LookupOptions): Promise<QrtrService[]> {
  const { sock, request } = lookupSetup(service, options);
  try {
    await sock.sendto(request, 0, controlOf(sock));
    const found: QrtrService[] = [];
    for (;;) {
      const [data, from] = await sock.recvfrom(QRTR_CTRL_PKT_SIZE * 2);
      if (take(found, data, from)) return found;
    }
  } finally {
    sock.close();
  }
}

/** lookupServices, blocking the calling thread (each answer bounded by the timeout). */
export function lookupServicesSync(service = 0, options?: LookupOptions): QrtrService[] {
  const { sock, request } = lookupSetup(service, options);
  try {
    sock.sendtoSync(request, controlOf(sock));
    const found: QrtrService[] = [];
    for (;;) {
      const [data, from] = sock.recvfromSync(QRTR_CTRL_PKT_SIZE * 2);
      if (take(found, data, from)) return found;
    }
  } finally {
    sock.close();
  }
}
