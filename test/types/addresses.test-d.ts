/**
 * Type tests, compiled with `strict` by `pnpm test:types` (part of `pnpm
 * test`) and never run: each line that compiles is a claim about the public
 * types, and each `@ts-expect-error` line must fail to compile (tsc reports
 * an unused directive when it does not). The packages are imported as a
 * user gets them, through their published `dist/*.d.ts`.
 */
import {
  AddressFamily,
  AF_UNSPEC,
  fromfd,
  Socket,
  SOCK_DGRAM,
  SOCK_RAW,
  SOCK_STREAM,
  socket,
  SocketKind,
  type AddressInputOf,
  type AddressOf,
  type FamilyNumber,
  type RecvmsgResult,
} from '@sock/core';
import {
  AF_INET,
  AF_INET6,
  createConnection,
  createConnectionSync,
  createServer,
  createServerSync,
  IPPROTO_TCP,
  TCP_NODELAY,
  TCP_QUICKACK,
  type InetSocket,
} from '@sock/inet';
import { AF_UNIX, socketpair } from '@sock/unix';
import { AF_PACKET, ETH_P_ALL, packetSocket } from '@sock/packet';
import { AF_NETLINK, NETLINK_ROUTE, netlinkSocket } from '@sock/netlink';
import { AF_VSOCK, VMADDR_CID_ANY } from '@sock/vsock';

/** True when A and B are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): void {}
declare const data: Buffer;

// A vendor family adds its entry the way @sock/can does.
declare module '@sock/core' {
  interface AddressTypes {
    AF_VENDOR: { address: [node: number, port: number]; input: readonly [node: number, port: number] };
  }
}
declare const AF_VENDOR: FamilyNumber<'AF_VENDOR'>;

export async function inet(): Promise<void> {
  const s = new Socket(AF_INET, SOCK_STREAM);
  assertType<Equal<typeof s, Socket<'AF_INET'>>>();
  s.bind(['127.0.0.1', 0]);
  s.bind([Buffer.from('127.0.0.1'), 0]);
  // @ts-expect-error a host without a port
  s.bind(['127.0.0.1']);
  // @ts-expect-error a port as text
  s.bind(['127.0.0.1', '80']);
  // @ts-expect-error an AF_INET6 tuple on an AF_INET socket
  s.bind(['::1', 0, 0, 0]);
  // @ts-expect-error a bare string is an AF_UNIX address
  s.connectSync('/tmp/sock');
  const [host, port] = s.getsockname();
  assertType<Equal<typeof host, string>>();
  assertType<Equal<typeof port, number>>();
  assertType<Equal<ReturnType<typeof s.getpeername>, [host: string, port: number]>>();
  const [conn, peer] = await s.accept();
  assertType<Equal<typeof conn, Socket<'AF_INET'>>>();
  peer[0].toUpperCase();
  peer[1].toFixed();
  const [, again] = s.acceptSync();
  // @ts-expect-error an AF_INET address has two items
  again[2];
  assertType<Equal<ReturnType<typeof s.dup>, Socket<'AF_INET'>>>();
  // family is a number that keeps the name: a socket made from it is typed the same.
  const sameFamily = new Socket(s.family, SOCK_DGRAM);
  assertType<Equal<typeof sameFamily, Socket<'AF_INET'>>>();
  const familyNumber: number = s.family;
  const familyName: string | undefined = AddressFamily[s.family];
  void [familyNumber, familyName];
  await s.connect(['localhost', 80]);
  const err: number = await s.connectEx(['localhost', 80]);
  s.connectExSync(['localhost', 80]);
  s.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);
  // Linux always defines TCP_QUICKACK: typed number, not number | undefined.
  s.setsockopt(IPPROTO_TCP, TCP_QUICKACK, 1);
  void err;

  const u = new Socket(AF_INET, SOCK_DGRAM);
  const [bytes, from] = await u.recvfrom(1500);
  bytes.length;
  // @ts-expect-error recvfrom's address may be null
  from[0];
  if (from !== null) from[1].toFixed();
  const [, sender] = u.recvfromSync(1500);
  assertType<Equal<typeof sender, [host: string, port: number] | null>>();
  const [n, fromInto] = await u.recvfromInto(Buffer.alloc(4));
  n.toFixed();
  fromInto?.[0].toUpperCase();
  const msg = await u.recvmsg(1500);
  assertType<Equal<typeof msg, RecvmsgResult<[host: string, port: number]>>>();
  msg[3]?.[0].toUpperCase();
  u.recvmsgSync(1500)[3]?.[1].toFixed();
  (await u.recvmsgInto([Buffer.alloc(4)]))[3]?.[0].toUpperCase();
  await u.sendto(data, ['127.0.0.1', 9]);
  await u.sendto(data, 0, ['127.0.0.1', 9]);
  u.sendtoSync(data, ['127.0.0.1', 9]);
  u.sendtoSync(data, 0, ['127.0.0.1', 9]);
  // @ts-expect-error sendto's address is a tuple
  u.sendtoSync(data, '127.0.0.1');
  // @ts-expect-error sendto with flags: the address is still a tuple
  await u.sendto(data, 0, 9);
  await u.sendmsg([data], [], 0, ['127.0.0.1', 9]);
  u.sendmsgSync([data], null, 0, null);
  // @ts-expect-error sendmsg's address is a tuple
  u.sendmsgSync([data], [], 0, ['127.0.0.1']);
  if (sender !== null) await u.sendto(data, sender);
}

export function inet6(): void {
  const s = new Socket(AF_INET6, SOCK_STREAM);
  const [host, port, flowinfo, scopeId] = s.getsockname();
  assertType<Equal<[typeof host, typeof port, typeof flowinfo, typeof scopeId], [string, number, number, number]>>();
  s.bind(['::1', 0]);
  s.bind(['::1', 0, 0]);
  s.bind(['fe80::1', 0, 0, 2]);
  // @ts-expect-error five items
  s.bind(['::1', 0, 0, 0, 0]);
}

export async function connections(): Promise<void> {
  const c = await createConnection(['localhost', 80]);
  assertType<Equal<typeof c, InetSocket>>();
  const [host, port] = c.getpeername();
  host.toUpperCase();
  port.toFixed();
  const server = await createServer(['127.0.0.1', 0]);
  const [, listening] = server.getsockname();
  const [peerSocket, [peerHost]] = await server.accept();
  assertType<Equal<typeof peerSocket, InetSocket>>();
  peerHost.toUpperCase();
  createServerSync(['::1', listening], { family: AF_INET6 }).close();
  createConnectionSync(['localhost', 80], 2.5, ['127.0.0.1', 0]).close();
  createConnectionSync(['localhost', 80], null).close();
  (await createConnection(['localhost', 80], undefined, null, { allErrors: true })).close();
  createConnectionSync(['localhost', 80], { timeout: 1, sourceAddress: ['::1', 0] }).close();
  // @ts-expect-error the positional timeout is a number or null
  createConnectionSync(['localhost', 80], '2.5');
  // @ts-expect-error a source address is a tuple
  createConnectionSync(['localhost', 80], 1, 'localhost');
}

export function unix(): void {
  const s = new Socket(AF_UNIX, SOCK_STREAM);
  const name = s.getsockname();
  assertType<Equal<typeof name, string | Buffer>>();
  s.connectSync('/run/x.sock');
  s.connectSync(Buffer.from('\0abstract'));
  s.bind(new Uint8Array(4));
  // @ts-expect-error a number is no AF_UNIX address
  s.connectSync(42);
  // @ts-expect-error nor is an inet tuple
  s.bind(['127.0.0.1', 0]);
}

export function familyHelpers(fd: number): void {
  const [a, b] = socketpair();
  assertType<Equal<typeof a, Socket<'AF_UNIX'>>>();
  b.getsockname() satisfies string | Buffer;
  const [c] = socketpair(AF_UNIX, SOCK_DGRAM);
  assertType<Equal<typeof c, Socket<'AF_UNIX'>>>();
  const [d] = socketpair(null);
  assertType<Equal<typeof d, Socket<'AF_UNIX'>>>();
  assertType<Equal<ReturnType<typeof packetSocket>, Socket<'AF_PACKET'>>>();
  assertType<Equal<ReturnType<typeof netlinkSocket>, Socket<'AF_NETLINK'>>>();
  const f = fromfd(fd, AF_INET, SOCK_STREAM);
  assertType<Equal<typeof f, Socket<'AF_INET'>>>();
  const g = fromfd(fd, 2 as number, SOCK_STREAM);
  assertType<Equal<ReturnType<typeof g.getsockname>, unknown>>();
}

export function otherFamilies(): void {
  const p = new Socket(AF_PACKET, SOCK_RAW, ETH_P_ALL);
  const [ifname, proto, pkttype, hatype, addr] = p.getsockname();
  assertType<Equal<[typeof ifname, typeof proto, typeof pkttype, typeof hatype, typeof addr], [string, number, number, number, Buffer]>>();
  p.bind(['lo', ETH_P_ALL]);
  // @ts-expect-error the interface is named, not numbered
  p.bind([1, ETH_P_ALL]);

  const n = new Socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
  const [pid, groups] = n.getsockname();
  pid.toFixed();
  groups.toFixed();
  n.bind([0, 0]);
  // @ts-expect-error [pid, groups]
  n.bind([0]);

  const v = new Socket(AF_VSOCK, SOCK_STREAM);
  const [cid, vport] = v.getsockname();
  cid.toFixed();
  vport.toFixed();
  v.bind([VMADDR_CID_ANY!, 1234]);
  v.bind([VMADDR_CID_ANY!, 1234, 0]);
  // @ts-expect-error a cid is a number
  v.bind(['host', 1234]);

  const x = new Socket(AF_VENDOR, SOCK_DGRAM);
  const [node] = x.getsockname();
  node.toFixed();
  x.bind([1, 2]);
  // @ts-expect-error the vendor's tuple has two numbers
  x.bind([1]);
}

export function fallbacks(family: number): void {
  // A plain number names no family: addresses are unknown, as before.
  const s = new Socket(family, SOCK_STREAM);
  assertType<Equal<ReturnType<typeof s.getsockname>, unknown>>();
  s.bind(['anything', 'goes']);
  s.bind(42);
  // @ts-expect-error an unknown address must be narrowed before use
  s.getsockname()[0];
  // A name without an entry falls back the same way.
  const unspec = new Socket(AF_UNSPEC, SOCK_STREAM);
  assertType<Equal<ReturnType<typeof unspec.getpeername>, unknown>>();
  assertType<Equal<AddressOf<'AF_NO_SUCH'>, unknown>>();
  assertType<Equal<AddressInputOf<'AF_NO_SUCH'>, unknown>>();
  // An fd whose family is read at run time.
  const adopted = new Socket(null, null, null, 3);
  assertType<Equal<ReturnType<typeof adopted.getsockname>, unknown>>();
  // A family chosen at run time among known ones: the union of their addresses.
  const either = new Socket(Math.random() < 0.5 ? AF_INET : AF_INET6);
  assertType<Equal<ReturnType<typeof either.getsockname>, AddressOf<'AF_INET'> | AddressOf<'AF_INET6'>>>();
}

export function factoriesAndWidening(): void {
  // socket() without a family is Python's default, AF_INET.
  assertType<Equal<ReturnType<typeof socket<'AF_INET'>>, Socket<'AF_INET'>>>();
  const d = socket();
  assertType<Equal<typeof d, Socket<'AF_INET'>>>();
  const [h] = d.getsockname();
  h.toUpperCase();
  const u = socket(AF_UNIX, SOCK_DGRAM);
  assertType<Equal<typeof u, Socket<'AF_UNIX'>>>();
  // A typed socket is still a Socket, and widening it is how to pass an address the types do not know.
  const all: Socket[] = [d, u, new Socket(AF_NETLINK)];
  (all[0] as Socket).bind(['anything']);
  const untyped = new Socket(2 as number);
  // @ts-expect-error an untyped socket is not a typed one
  const back: Socket<'AF_INET'> = untyped;
  void back;
  // The family number is still a number.
  const fam: number = AF_INET;
  void fam;
}

export function enums(): void {
  const inet: number | undefined = AddressFamily.AF_INET;
  const name: string | undefined = AddressFamily[2];
  const kind: number | undefined = SocketKind.SOCK_STREAM;
  const kindName: string | undefined = SocketKind[1];
  // A known family's member carries its name, so a socket made from it is typed.
  if (AddressFamily.AF_INET !== undefined) {
    const s = new Socket(AddressFamily.AF_INET);
    assertType<Equal<typeof s, Socket<'AF_INET'>>>();
  }
  // @ts-expect-error members are read-only
  AddressFamily.AF_INET = 3;
  // @ts-expect-error SocketKind holds SOCK_ names only
  SocketKind.AF_INET;
  void [inet, name, kind, kindName];
}
