// §7.31 AF_UNIX addresses (§2.1, t:6104-6230): str/bytes/bytearray paths, abstract names returned as bytes, autobind,
// the length limits, unbound names, null for an unbound sender. Paths are shown relative to a temp dir.
import path from 'node:path';
import { Socket, SOCK_DGRAM, SOCK_STREAM } from '@sock/core';
import { AF_UNIX as U, socketpair } from '@sock/unix';

const NOT_UTF8 =
  "JavaScript strings have no surrogateescape: a name whose bytes are not UTF-8 comes back as a Buffer (@sock/unix README), where CPython decodes it to a str with lone surrogates";

export const intended = {
  'bind(path with a NUL inside)':
    "a NUL inside a filesystem path is refused (TypeError ERR_INVALID_ARG_VALUE); CPython passes it on and the kernel silently binds the path cut at the NUL (the project's rule: never silent truncation)",
  'bind(bytes path, not UTF-8)': NOT_UTF8,
  'bind(surrogateescape str)':
    "there is no surrogateescape str to bind in JavaScript; the same bytes are bound from a Buffer and come back as a Buffer (CPython: the str it was given)",
};

export async function run(h) {
  const d = h.tmpdir();
  const db = Buffer.from(d);
  const rel = (n) => {
    if (typeof n === 'string') return n.replaceAll(d, '<dir>');
    if (Buffer.isBuffer(n) && n.subarray(0, db.length).equals(db)) return Buffer.concat([Buffer.from('<dir>'), n.subarray(db.length)]);
    return n;
  };
  const bound = (addr, typ = SOCK_DGRAM, raw = false) => {
    const s = h.track(new Socket(U, typ));
    s.bind(addr);
    return raw ? s.getsockname() : rel(s.getsockname());
  };
  const pid = String(process.pid);

  await h.step('bind(str path)', () => bound(path.join(d, 'a')));
  await h.step('bind(bytes path)', () => bound(Buffer.concat([db, Buffer.from('/b')])));
  await h.step('bind(bytearray path)', () => bound(new Uint8Array(Buffer.concat([db, Buffer.from('/c')]))));
  await h.step('bind(non-ASCII str path)', () => bound(path.join(d, '\u00e9t\u00e9')));
  await h.step('bind(bytes path, not UTF-8)', () => bound(Buffer.concat([db, Buffer.from('/\xff\xfe', 'latin1')])));
  await h.step('bind(surrogateescape str)', () => bound(Buffer.concat([db, Buffer.from('/\xfd', 'latin1')])));
  await h.step('bind(abstract str)', () => bound(`\0sockconf-js-abstract-a${pid}`).subarray(0, 23).equals(Buffer.from('\0sockconf-js-abstract-a').subarray(0, 23)));
  await h.step('bind(abstract bytes): type', () => (Buffer.isBuffer(bound(Buffer.from(`\0sockconf-abstract-b${pid}`))) ? 'bytes' : 'str'));
  await h.step('bind(abstract with NULs inside)', () => bound(Buffer.from(`\0x\0y${pid}`)).subarray(0, 4));
  await h.step("autobind: '\\0' + 5 hex digits", () => /^\0[0-9a-f]{5}$/.test(bound('').toString('latin1')));
  await h.step("autobind with b''", () => /^\0[0-9a-f]{5}$/.test(bound(Buffer.alloc(0)).toString('latin1')));

  const pad = (n) => path.join(d, 'p'.repeat(n - d.length - 1));
  await h.step('bind(path of 107 bytes)', () => Buffer.byteLength(bound(pad(107), SOCK_DGRAM, true)));
  await h.step('bind(path of 108 bytes)', () => bound(pad(108)));
  await h.step('bind(path of 200 bytes)', () => bound(pad(200)));
  await h.step('bind(abstract of 108 bytes)', () => bound(Buffer.from(`\0h${pid}`.padEnd(108, 'h'))).length);
  await h.step('bind(abstract of 109 bytes)', () => bound(Buffer.from('\0' + 'h'.repeat(108))));
  await h.step('bind(path with a NUL inside)', () => bound(path.join(d, 'x\0y')));
  await h.step('bind(5)', () => bound(5));
  await h.step("bind(('a',))", () => bound(['a']));
  await h.step('bind(None)', () => bound(null));
  await h.step('bind(existing path)', () => bound(path.join(d, 'a')));
  await h.step('bind(in a missing dir)', () => bound(path.join(d, 'missing', 'x')));

  const s = h.track(new Socket(U, SOCK_STREAM));
  await h.step('unbound getsockname', () => s.getsockname());
  await h.step('unconnected getpeername', () => s.getpeername());
  await h.both('connect(path nobody listens on)', () => s.connectSync(path.join(d, 'a')), () => s.connect(path.join(d, 'a')));
  await h.both('connect(missing path)', () => s.connectSync(path.join(d, 'nothing')), () => s.connect(path.join(d, 'nothing')));
  const [a, b] = h.track(socketpair());
  await h.step('socketpair names', () => [a.getsockname(), b.getsockname(), a.getpeername(), b.getpeername()]);

  const srv = h.track(new Socket(U, SOCK_DGRAM));
  srv.bind(path.join(d, 'srv'));
  const anon = h.track(new Socket(U, SOCK_DGRAM));
  anon.sendtoSync(Buffer.from('from nobody'), path.join(d, 'srv'));
  await h.step('recvfrom an unbound sender', () => srv.recvfromSync(100));
  const named = h.track(new Socket(U, SOCK_DGRAM));
  named.bind(path.join(d, 'named'));
  await named.sendto(Buffer.from('from a path'), path.join(d, 'srv'));
  await h.step('recvfrom a path-bound sender', async () => rel((await srv.recvfrom(100))[1]));
  const auto = h.track(new Socket(U, SOCK_DGRAM));
  auto.bind('');
  auto.sendtoSync(Buffer.from('from autobind'), path.join(d, 'srv'));
  await h.step('recvfrom an autobound sender is its name', () => srv.recvfromSync(100)[1].equals(auto.getsockname()));
  await h.step('sendto back to the autobound name', () => [srv.sendtoSync(Buffer.from('back'), auto.getsockname()), auto.recvSync(10)]);
  const ls = h.track(new Socket(U, SOCK_STREAM));
  ls.bind(path.join(d, 'stream'));
  ls.listen();
  const cl = h.track(new Socket(U, SOCK_STREAM));
  cl.connectSync(path.join(d, 'stream'));
  const [conn, peer] = await ls.accept();
  h.track(conn);
  h.check('accept: address of an unbound client', peer);
  h.check('accepted: getsockname, getpeername', [rel(conn.getsockname()), conn.getpeername()]);
  h.check('client: getpeername', rel(cl.getpeername()));
}
