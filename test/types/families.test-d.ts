/**
 * Type tests for the families added on the family kit: a socket of each
 * family takes and returns that family's address tuples, compiled with
 * `strict` by `pnpm test:types`, never run (see addresses.test-d.ts).
 */
import { Socket, SOCK_DGRAM, SOCK_RAW, SOCK_RDM, SOCK_SEQPACKET, SOCK_STREAM } from '@sock/core';
import { AF_ALG, type AlgAddress } from '@sock/alg';
import { AF_BLUETOOTH, BDADDR_ANY, BTPROTO_HCI, BTPROTO_L2CAP, BTPROTO_RFCOMM, HCI_CHANNEL_MONITOR, type BluetoothAddress } from '@sock/bluetooth';
import { AF_CAN, CAN_ISOTP, CAN_RAW, canSocket, type CanAddress } from '@sock/can';
import { AF_QIPCRTR, type QrtrAddress } from '@sock/qipcrtr';
import { AF_RDS, type RdsAddress } from '@sock/rds';
import { AF_TIPC, TIPC_ADDR_NAME, TIPC_ADDR_NAMESEQ, type TipcAddress } from '@sock/tipc';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): void {}
declare const data: Buffer;

export async function can(): Promise<void> {
  const raw = new Socket(AF_CAN, SOCK_RAW, CAN_RAW);
  assertType<Equal<typeof raw, Socket<'AF_CAN'>>>();
  raw.bind(['vcan0']);
  raw.bind([Buffer.from('vcan0')]);
  // @ts-expect-error an interface name, not an index
  raw.bind([0]);
  // @ts-expect-error a bare string is an AF_UNIX address
  raw.bind('vcan0');
  const isotp = new Socket(AF_CAN, SOCK_DGRAM, CAN_ISOTP);
  isotp.bind(['vcan0', 0x7e8, 0x7e0]);
  // @ts-expect-error ISO-TP ids are numbers
  isotp.bind(['vcan0', '0x7e8', '0x7e0']);
  assertType<Equal<ReturnType<typeof raw.getsockname>, CanAddress>>();
  const [, from] = await raw.recvfrom(72);
  assertType<Equal<typeof from, CanAddress | null>>();
  if (from !== null) from[0].toUpperCase();
  assertType<Equal<ReturnType<typeof canSocket>, Socket<'AF_CAN'>>>();
  await raw.sendto(data, ['vcan0']);
}

export async function alg(): Promise<void> {
  const t = new Socket(AF_ALG, SOCK_SEQPACKET, 0);
  t.bind(['hash', 'sha256']);
  t.bind(['aead', 'gcm(aes)', 0, 0]);
  // @ts-expect-error a name is required
  t.bind(['hash']);
  // @ts-expect-error feat is a number
  t.bind(['hash', 'sha256', '0']);
  assertType<Equal<ReturnType<typeof t.getsockname>, AlgAddress>>();
  const [op, peer] = await t.accept();
  assertType<Equal<typeof op, Socket<'AF_ALG'>>>();
  void peer;
}

export async function rds(): Promise<void> {
  const s = new Socket(AF_RDS, SOCK_SEQPACKET, 0);
  s.bind(['127.0.0.1', 4000]);
  s.bind(['::1', 4000, 0, 0]);
  // @ts-expect-error a port is a number
  s.bind(['127.0.0.1', '4000']);
  const [, from] = await s.recvfrom(100);
  assertType<Equal<typeof from, RdsAddress | null>>();
  if (from !== null) from[1].toFixed();
  await s.sendto(data, ['127.0.0.1', 4001]);
}

export function qipcrtr(): void {
  const s = new Socket(AF_QIPCRTR, SOCK_DGRAM, 0);
  s.bind([1, 1024]);
  // @ts-expect-error node and port are numbers
  s.bind(['1', '1024']);
  const [node, port] = s.getsockname();
  assertType<Equal<[typeof node, typeof port], [number, number]>>();
  assertType<Equal<ReturnType<typeof s.getsockname>, QrtrAddress>>();
  s.sendtoSync(data, [1, 1025]);
}

export async function tipc(): Promise<void> {
  const s = new Socket(AF_TIPC, SOCK_RDM, 0);
  s.bind([TIPC_ADDR_NAMESEQ, 18888, 0, 99]);
  s.bind([TIPC_ADDR_NAMESEQ, 18888, 0, 99, 2]);
  // @ts-expect-error three members are too few
  s.bind([TIPC_ADDR_NAME, 18888, 17]);
  const [addrType, v1, v2, v3, scope] = s.getsockname();
  assertType<Equal<[typeof addrType, typeof v1, typeof v2, typeof v3, typeof scope], [number, number, number, number, number]>>();
  const [, from] = await s.recvfrom(100);
  assertType<Equal<typeof from, TipcAddress | null>>();
  await s.sendto(data, [TIPC_ADDR_NAME, 18888, 17, 0]);
}

export async function bluetooth(): Promise<void> {
  const l2 = new Socket(AF_BLUETOOTH, SOCK_SEQPACKET, BTPROTO_L2CAP);
  l2.bind([BDADDR_ANY, 0x1001]);
  l2.bind([BDADDR_ANY, 0, 4, 1]);
  // @ts-expect-error a PSM is a number
  l2.bind([BDADDR_ANY, '0x1001']);
  const rf = new Socket(AF_BLUETOOTH, SOCK_STREAM, BTPROTO_RFCOMM);
  rf.bind(['00:AA:01:00:00:00', 1]);
  // @ts-expect-error an RFCOMM channel is a number
  rf.bind(['00:AA:01:00:00:00', '1']);
  const hci = new Socket(AF_BLUETOOTH, SOCK_RAW, BTPROTO_HCI);
  hci.bind(0);
  hci.bind([0, HCI_CHANNEL_MONITOR]);
  assertType<Equal<ReturnType<typeof l2.getsockname>, BluetoothAddress>>();
  const [conn, peer] = await l2.accept();
  assertType<Equal<typeof conn, Socket<'AF_BLUETOOTH'>>>();
  assertType<Equal<typeof peer, BluetoothAddress>>();
}
