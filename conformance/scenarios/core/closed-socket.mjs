// §7.1 closed-socket semantics (t:1541, t:926, c:3925).
import { Socket, SOCK_STREAM, SOL_SOCKET, SO_TYPE, SO_REUSEADDR, SHUT_RDWR, close } from '@sock/core';
import { AF_INET } from '@sock/inet';

export const intended = {};
export const knownBugs = {};

export async function run(h) {
  const s = h.track(new Socket(AF_INET, SOCK_STREAM));
  h.check('fileno before close is >= 0', s.fileno() >= 0);
  await h.step('close', () => s.close());
  await h.step('close again (idempotent)', () => s.close());
  await h.step('fileno after close', () => s.fileno());
  await h.both('recv(0) after close: no syscall', () => s.recvSync(0), () => s.recv(0));
  await h.both('recv(1) after close', () => s.recvSync(1), () => s.recv(1));
  await h.both('send after close', () => s.sendSync(Buffer.from('x')), () => s.send(Buffer.from('x')));
  await h.both('sendall after close', () => s.sendallSync(Buffer.from('x')), () => s.sendall(Buffer.from('x')));
  await h.both('recv_into after close', () => s.recvIntoSync(Buffer.alloc(4)), () => s.recvInto(Buffer.alloc(4)));
  await h.step('getsockname after close', () => s.getsockname());
  await h.step('getpeername after close', () => s.getpeername());
  await h.step('bind after close', () => s.bind(['127.0.0.1', 0]));
  await h.step('listen after close', () => s.listen());
  await h.both('accept after close', () => s.acceptSync(), () => s.accept());
  await h.both('connect after close', () => s.connectSync(['127.0.0.1', 9]), () => s.connect(['127.0.0.1', 9]));
  await h.both('connect_ex after close', () => s.connectExSync(['127.0.0.1', 9]), () => s.connectEx(['127.0.0.1', 9]));
  await h.step('getsockopt after close', () => s.getsockopt(SOL_SOCKET, SO_TYPE));
  await h.step('setsockopt after close', () => s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1));
  await h.step('shutdown after close', () => s.shutdown(SHUT_RDWR));
  await h.step('settimeout after close', () => s.settimeout(1.0));
  await h.step('gettimeout after close', () => s.gettimeout());
  await h.step('setblocking after close', () => s.setblocking(false));
  await h.step('getblocking after close', () => s.getblocking());
  await h.step('detach after close', () => s.detach());
  await h.step('dup after close', () => s.dup());
  await h.step('get_inheritable after close', () => s.getInheritable());
  h.check('family, type, proto kept', [s.family, s.type, s.proto]);
  const r = String(s);
  h.check('repr shows [closed] and fd=-1', r.includes('[closed]') && r.includes('fd=-1') && !r.includes('laddr'));

  const t = h.track(new Socket(AF_INET, SOCK_STREAM));
  close(t.fileno());
  await h.step('close after the fd was closed underneath', () => t.close());
  await h.step('module close(-1)', () => close(-1));
}
