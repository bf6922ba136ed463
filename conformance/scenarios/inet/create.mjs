// §7.47 create_connection (t:5788-5970) and §7.48 create_server (t:7211-7325), loopback only.
import { SOL_SOCKET as S, SO_ACCEPTCONN, SO_REUSEADDR, SO_REUSEPORT, setdefaulttimeout } from '@sock/core';
import * as inet from '@sock/inet';

const { AF_INET6, IPPROTO_IPV6, IPV6_V6ONLY } = inet;

export const intended = {
  'create_connection not a tuple':
    "an address that is not an array is the wrong type (TypeError ERR_INVALID_ARG_TYPE); CPython unpacks any iterable into (host, port) and reports the unpacking's ValueError",
};

export async function run(h) {
  const L = h.track(inet.createServerSync(['127.0.0.1', 0]));
  const addr = L.getsockname();
  const port = addr[1];
  h.check('create_server: SO_REUSEADDR', L.getsockopt(S, SO_REUSEADDR));
  h.check('create_server: SO_REUSEPORT', L.getsockopt(S, SO_REUSEPORT));
  h.check('create_server: listening', L.getsockopt(S, SO_ACCEPTCONN));
  h.check('create_server: family, type', [L.family, L.type]);

  const bindError = (fn) => async () => {
    try {
      h.track(await fn());
    } catch (e) {
      return [e.constructor.name, e.errno, e.strerror.replaceAll(String(port), 'PORT')];
    }
    return undefined;
  };
  await h.both(
    'create_server on a port in use: the error',
    bindError(() => inet.createServerSync(addr)),
    bindError(() => inet.createServer(addr)),
  );
  const R = h.track(inet.createServerSync(['127.0.0.1', 0], { reusePort: true }));
  h.check('reuse_port=True: SO_REUSEPORT', R.getsockopt(S, SO_REUSEPORT));
  const L6 = h.track(await inet.createServer(['::1', 0], { family: AF_INET6 }));
  h.check('AF_INET6: IPV6_V6ONLY', L6.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY));
  const D = h.track(inet.createServerSync(['::', 0], { family: AF_INET6, dualstackIpv6: true }));
  h.check('dualstack: IPV6_V6ONLY', D.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY));
  const v4 = h.track(inet.createConnectionSync(['127.0.0.1', D.getsockname()[1]]));
  const [conn, peer] = D.acceptSync();
  h.track(conn);
  h.check('dualstack: a v4 client arrives as', [peer[0], peer.length, peer[1] === v4.getsockname()[1]]);
  await h.both(
    'dualstack with AF_INET',
    () => h.track(inet.createServerSync(['127.0.0.1', 0], { dualstackIpv6: true })),
    async () => h.track(await inet.createServer(['127.0.0.1', 0], { dualstackIpv6: true })),
  );
  const B = h.track(await h.step('backlog=5', () => inet.createServerSync(['127.0.0.1', 0], { backlog: 5 })));
  h.check('backlog=5: listening', B.getsockopt(S, SO_ACCEPTCONN));
  await h.step('has_dualstack_ipv6()', () => inet.hasDualstackIpv6());

  const conns = [];
  const cc = async (label, fn) => {
    const r = await h.both(
      label,
      () => conns.push(h.track(fn(inet.createConnectionSync))) && conns.at(-1),
      async () => conns.push(h.track(await fn(inet.createConnection))) && conns.at(-1),
    );
    return r;
  };
  const c = h.track(inet.createConnectionSync(addr));
  conns.push(c);
  h.check('create_connection: peer is the server', JSON.stringify(c.getpeername()) === JSON.stringify(addr));
  h.check('create_connection: timeout by default', c.gettimeout());
  const c2 = h.track(await inet.createConnection(addr, { timeout: 2.5 }));
  conns.push(c2);
  h.check('create_connection(timeout=2.5)', c2.gettimeout());
  setdefaulttimeout(7.0);
  try {
    const c3 = h.track(inet.createConnectionSync(addr));
    conns.push(c3);
    h.check('default 7.0, timeout left out', c3.gettimeout());
    const c4 = h.track(await inet.createConnection(addr, { timeout: null }));
    conns.push(c4);
    h.check('default 7.0, timeout=None', c4.gettimeout());
  } finally {
    setdefaulttimeout(null);
  }
  const c5 = h.track(inet.createConnectionSync(addr, { sourceAddress: ['127.0.0.1', 0] }));
  conns.push(c5);
  h.check('source_address: local host', c5.getsockname()[0]);
  await cc('source_address in use', (f) => f(addr, { sourceAddress: c5.getsockname() }));
  const dead = inet.createServerSync(['127.0.0.1', 0]);
  const dport = dead.getsockname()[1];
  dead.close();
  await cc('create_connection refused', (f) => f(['127.0.0.1', dport]));
  await cc('create_connection refused, all_errors', (f) => f(['127.0.0.1', dport], { allErrors: true }));
  await cc("create_connection to 'localhost' refused, all_errors", (f) => f(['localhost', dport], { allErrors: true }));
  await cc('create_connection unresolvable', (f) => f(['bad host name', 80]));
  await cc('create_connection not a tuple', (f) => f('127.0.0.1'));
  L.settimeout(0);
  for (let i = 0; i < 20; i++) {
    try {
      h.track(L.acceptSync()[0]);
    } catch {
      break;
    }
  }
}
