// §7.7 exception classes: aliases, the PEP 3151 errno table, errno=None errors (t:6081, t:3452).
import {
  OSError, Socket, SOCK_DGRAM, SOCK_STREAM, SOL_SOCKET, SHUT_RDWR, TimeoutError, error, errno, fromErrno, gaierror, herror, timeout,
} from '@sock/core';
import { AF_INET, IPPROTO_TCP } from '@sock/inet';
import { AF_UNIX } from '@sock/unix';
import { pythonErrno } from '../../lib/node/oracle.mjs';

const NAMES = [
  'EAGAIN', 'EALREADY', 'EINPROGRESS', 'EWOULDBLOCK', 'EPIPE', 'ESHUTDOWN', 'ECHILD', 'ECONNABORTED',
  'ECONNREFUSED', 'ECONNRESET', 'EEXIST', 'ENOENT', 'EISDIR', 'ENOTDIR', 'EINTR', 'EACCES', 'EPERM',
  'ESRCH', 'ETIMEDOUT', 'EADDRINUSE', 'EBADF', 'ENOTSOCK', 'ENODEV', 'EAFNOSUPPORT', 'EMSGSIZE',
  'ENOTCONN', 'EINVAL', 'EADDRNOTAVAIL', 'ENOPROTOOPT', 'EOPNOTSUPP', 'EPROTONOSUPPORT', 'EISCONN',
];

function chain(e) {
  const out = [];
  for (let p = Object.getPrototypeOf(e); p && p !== Error.prototype; p = Object.getPrototypeOf(p)) out.push(p.constructor.name);
  return out;
}

export const intended = {
  'socket of an unknown family':
    "DESIGN.md 'The family registry': a family no @sock package registered fails before socket(2) with an Error naming the package to install; CPython lets the kernel answer EAFNOSUPPORT",
};

export const knownBugs = {};

export async function run(h) {
  const E = pythonErrno();
  h.check('error is OSError', error === OSError);
  h.check('timeout is TimeoutError', timeout === TimeoutError);
  h.check('gaierror is an OSError', gaierror.prototype instanceof OSError);
  h.check('herror is an OSError', herror.prototype instanceof OSError);
  for (const name of NAMES) {
    const e = fromErrno(E[name], 'test');
    h.check(`class for ${name}`, [e.constructor.name, e.errno, chain(e)]);
  }

  const a = h.track(new Socket(AF_INET, SOCK_STREAM));
  a.bind(['127.0.0.1', 0]);
  a.listen();
  const b = h.track(new Socket(AF_INET, SOCK_STREAM));
  await h.step('bind to a port in use', () => b.bind(a.getsockname()));
  const c = h.track(new Socket(AF_INET, SOCK_STREAM));
  await h.step('recv on an unconnected TCP socket', () => c.recvSync(1));
  await h.step('getpeername unconnected', () => c.getpeername());
  const port = a.getsockname()[1];
  a.close();
  await h.step('connect to a closed port', () => c.connectSync(['127.0.0.1', port]));
  await h.step('socket of an unknown family', () => new Socket(12345, SOCK_STREAM));
  await h.step('AF_INET with an unknown type', () => new Socket(AF_INET, 77));
  await h.step('AF_INET UDP with proto TCP', () => new Socket(AF_INET, SOCK_DGRAM, IPPROTO_TCP));
  const u = h.track(new Socket(AF_UNIX, SOCK_STREAM));
  await h.step('AF_UNIX path too long (errno None)', () => u.bind('/tmp/' + 'x'.repeat(200)));
  await h.step('connect to a missing path', () => u.connectSync('/nonexistent-dir/x.sock'));
  const d = h.track(new Socket(AF_INET, SOCK_DGRAM));
  await h.step('getsockopt unknown option', () => d.getsockopt(SOL_SOCKET, 9999));
  await h.step('shutdown of an unconnected socket', () => d.shutdown(SHUT_RDWR));
  await h.step("an errno error's fields", () => {
    throw fromErrno(errno.ECONNREFUSED, 'connect');
  });
}
