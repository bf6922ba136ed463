// §2.11 AF_RDS addresses: (host, port) as AF_INET's sockaddr_in, on UDP sockets adopted as AF_RDS (no RDS kernel needed: a UDP socket takes the sockaddr_in CPython writes and reports addresses the same way).
import { Socket, SOCK_DGRAM, SOCK_SEQPACKET } from '@sock/core';
import { AF_INET } from '@sock/inet';
import { AF_RDS as A } from '@sock/rds';

const NAMES =
  '@sock/rds takes numeric hosts only and refuses a name with a TypeError (ERR_INVALID_ARG_VALUE) saying to resolve it first, so no bind or sendto blocks on DNS; CPython resolves it and raises gaierror for an unknown one (@sock/rds README)';

export const intended = {
  'bind an unresolvable name': NAMES,
  'bind a name and port 70000': NAMES,
  "bind '300.1.1.1'": NAMES,
};

function adopted(h) {
  const udp = new Socket(AF_INET, SOCK_DGRAM);
  return h.track(new Socket(A, SOCK_SEQPACKET, 0, udp.detach()));
}

export async function run(h) {
  const s = adopted(h);
  const peer = adopted(h);
  h.check('family, type', [s.family, s.type]);
  const cases = [
    ["'127.0.0.1'", '127.0.0.1'],
    ["('127.0.0.1',)", ['127.0.0.1']],
    ['3 items', ['127.0.0.1', 1, 2]],
    ['port 65536', ['127.0.0.1', 65536]],
    ['port -1', ['127.0.0.1', -1]],
    ["port '1'", ['127.0.0.1', '1']],
    ['port 1.5', ['127.0.0.1', 1.5]],
    ['port None', ['127.0.0.1', null]],
    ['host 5', [5, 1]],
    ['host None', [null, 1]],
    ['NUL in the host', ['127.0.0.1\0', 1]],
    ['an unresolvable name', ['bad host name', 1]],
    ['a name and port 70000', ['bad host name', 70000]],
    ["'<broadcast>'", ['<broadcast>', 0]],
    ["'300.1.1.1'", ['300.1.1.1', 0]],
  ];
  for (const [label, addr] of cases) await h.step(`bind ${label}`, () => s.bind(addr));
  await h.step("bind ('127.0.0.1', 0)", () => s.bind(['127.0.0.1', 0]));
  await h.step('bind again', () => s.bind(['127.0.0.1', 0]));
  peer.bind(['127.0.0.1', 0]);
  const port = peer.getsockname()[1];
  const mine = s.getsockname();
  h.check('getsockname host, port > 0', [mine[0], mine[1] > 0]);
  await h.step('sendto (host, port)', () => s.sendtoSync(Buffer.from('ab'), ['127.0.0.1', port]));
  await h.step("sendto (b'host', port)", () => s.sendtoSync(Buffer.from('cd'), [Buffer.from('127.0.0.1'), port]));
  await h.step('sendto port 70000', () => s.sendtoSync(Buffer.from('x'), ['127.0.0.1', 70000]));
  for (const label of ['first', 'second']) {
    await h.step(`recvfrom gives the sender's (host, port), ${label}`, () => {
      const [data, addr] = peer.recvfromSync(10);
      return [data, addr[0], addr[1] === mine[1]];
    });
  }
  await h.step('connect, getpeername', () => {
    s.connectSync(['127.0.0.1', port]);
    return [undefined, s.getpeername()[1] === port];
  });
}
