// §7.29 AF_INET and §7.30 AF_INET6 addresses: input forms and errors, output tuples (§2.2, §2.3, t:1905-1990).
import { SOL_SOCKET, SO_BROADCAST, Socket, SOCK_DGRAM } from '@sock/core';
import { AF_INET as I4, AF_INET6 as I6 } from '@sock/inet';

const BAD_NAME = 'bad host name';

const WRAP =
  "a scope id outside 0..2**32-1 is out of range (RangeError); CPython parses it with the unchecked 'I' format, which wraps it silently (the project's rule: never silent truncation)";

export const intended = {
  "AF_INET6 bind('::1', 0, 0, -1)": WRAP,
  "AF_INET6 bind('::1', 0, 0, 2**32)": WRAP,
  "AF_INET6 bind('fe80::1%lo', 0)":
    "@sock/inet README: a '%iface' suffix sets the scope id when the tuple gives none, so the bind reaches the kernel with scope lo (EADDRNOTAVAIL here); CPython overwrites the scope with 0 (EINVAL)",
  "AF_INET bind['127.0.0.1', 0] (a list)": 'addresses are arrays in JavaScript (a Python tuple is an array here), so the list form CPython refuses is the normal form',
};

export async function run(h) {
  const bound = async (fam, addr) => {
    const s = h.track(new Socket(fam, SOCK_DGRAM));
    s.bind(addr);
    const n = s.getsockname();
    return [n[0], n[1] > 0, ...n.slice(2)];
  };
  const cases4 = [
    ["('', 0)", ['', 0]],
    ["('127.0.0.1', 0)", ['127.0.0.1', 0]],
    ["('localhost', 0)", ['localhost', 0]],
    ["(b'127.0.0.1', 0)", [Buffer.from('127.0.0.1'), 0]],
    ['(bytearray, 0)', [new Uint8Array(Buffer.from('127.0.0.1')), 0]],
    ["('127.1', 0)", ['127.1', 0]],
    ["('127.0.0.1', 65536)", ['127.0.0.1', 65536]],
    ["('127.0.0.1', -1)", ['127.0.0.1', -1]],
    ["('127.0.0.1', 2**31)", ['127.0.0.1', 2 ** 31]],
    ["'127.0.0.1'", '127.0.0.1'],
    ["('127.0.0.1',)", ['127.0.0.1']],
    ["('127.0.0.1', 0, 0)", ['127.0.0.1', 0, 0]],
    ['host with a NUL', ['127.0.0\x001', 0]],
    ['(5, 0)', [5, 0]],
    ["('127.0.0.1', '80')", ['127.0.0.1', '80']],
    ["('127.0.0.1', 1.5)", ['127.0.0.1', 1.5]],
    ['None', null],
    ["['127.0.0.1', 0] (a list)", ['127.0.0.1', 0]],
    ['unresolvable name', [BAD_NAME, 0]],
    ["('::1', 0) on AF_INET", ['::1', 0]],
  ];
  for (const [label, addr] of cases4) await h.step(`AF_INET bind${label}`, () => bound(I4, addr));

  const b = h.track(new Socket(I4, SOCK_DGRAM));
  b.setsockopt(SOL_SOCKET, SO_BROADCAST, 1);
  await h.both(
    "AF_INET connect('<broadcast>'): peer",
    () => (b.connectSync(['<broadcast>', 9]), b.getpeername()),
    async () => (await b.connect(['<broadcast>', 9]), b.getpeername()),
  );
  const c = h.track(new Socket(I4, SOCK_DGRAM));
  await h.step('AF_INET unbound getsockname', () => c.getsockname());
  await h.step('AF_INET unconnected getpeername', () => c.getpeername());
  c.connectSync(['127.0.0.1', 9]);
  await h.step('AF_INET connected UDP: peer', () => c.getpeername());

  const cases6 = [
    ["('::1', 0)", ['::1', 0]],
    ["('', 0)", ['', 0]],
    ["('::1', 0, 0xfffff, 0)", ['::1', 0, 0xfffff, 0]],
    ["('::1', 0, 0x100000, 0)", ['::1', 0, 0x100000, 0]],
    ["('::1', 0, -1, 0)", ['::1', 0, -1, 0]],
    ["('::1', 0, 0, 1)", ['::1', 0, 0, 1]],
    ["('::1', 0, 0, -1)", ['::1', 0, 0, -1]],
    ["('::1', 0, 0, 2**32)", ['::1', 0, 0, 2 ** 32]],
    ["('::1', 70000)", ['::1', 70000]],
    ["('fe80::1%lo', 0)", ['fe80::1%lo', 0]],
    ["('fe80::1', 0, 0, 1)", ['fe80::1', 0, 0, 1]],
    ["('<broadcast>', 0)", ['<broadcast>', 0]],
    ["('::1',)", ['::1']],
    ["('::1', 0, 0, 0, 0)", ['::1', 0, 0, 0, 0]],
    ["'::1'", '::1'],
    ["('127.0.0.1', 0) on AF_INET6", ['127.0.0.1', 0]],
    ["('::ffff:127.0.0.1', 0)", ['::ffff:127.0.0.1', 0]],
    ["('localhost', 0) on AF_INET6", ['localhost', 0]],
  ];
  for (const [label, addr] of cases6) await h.step(`AF_INET6 bind${label}`, () => bound(I6, addr));
  const d = h.track(new Socket(I6, SOCK_DGRAM));
  await h.step('AF_INET6 unbound getsockname', () => d.getsockname());
  d.connectSync(['::1', 9, 0, 0]);
  await h.step('AF_INET6 connected UDP: peer', () => d.getpeername());
}
