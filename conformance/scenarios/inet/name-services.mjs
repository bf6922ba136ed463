// §7.46 getaddrinfo / getnameinfo (t:1620, t:1703, t:1751) and the other name services — /etc/hosts and numeric
// names only: every call here is answered without a DNS query ('bad host name' is refused by glibc itself).
import { SOCK_DGRAM, SOCK_STREAM, ifIndextoname, ifNameindex, ifNametoindex } from '@sock/core';
import * as inet from '@sock/inet';

const { AF_INET, AF_INET6, AI_CANONNAME, AI_NUMERICHOST, AI_NUMERICSERV, AI_PASSIVE, NI_DGRAM, NI_NUMERICHOST, NI_NUMERICSERV } = inet;
const NUMERIC = NI_NUMERICHOST | NI_NUMERICSERV;

export const intended = {
  "getaddrinfo('localhost', 2**70)": {
    python: '<3.12',
    reason: 'CPython 3.12+ (and @sock) pass an int port to getaddrinfo as its text without a range check; 3.11 raises OverflowError for ints beyond C long',
  },
};

export async function run(h) {
  /** A getaddrinfo step in both forms. */
  const gai = (label, ...args) => h.both(label, () => inet.getaddrinfoSync(...args), () => inet.getaddrinfo(...args));
  const gni = (label, ...args) => h.both(label, () => inet.getnameinfoSync(...args), () => inet.getnameinfo(...args));

  await gai("getaddrinfo('localhost', 80)", 'localhost', 80);
  await gai("getaddrinfo('127.0.0.1', 'http', AF_INET, SOCK_STREAM)", '127.0.0.1', 'http', AF_INET, SOCK_STREAM);
  await gai('getaddrinfo keywords', '127.0.0.1', 80, { family: AF_INET, type: SOCK_DGRAM, proto: 0, flags: AI_NUMERICHOST });
  await gai('getaddrinfo(None, 80, AI_PASSIVE)', null, 80, 0, SOCK_STREAM, 0, AI_PASSIVE);
  await gai('getaddrinfo(None, 80) (loopback)', null, 80, 0, SOCK_STREAM);
  await gai("getaddrinfo('::1', 80, AF_INET6, SOCK_DGRAM, 0, AI_NUMERICHOST)", '::1', 80, AF_INET6, SOCK_DGRAM, 0, AI_NUMERICHOST);
  await gai("getaddrinfo('fe80::1%lo', 80, AF_INET6, SOCK_STREAM): the scope", 'fe80::1%lo', 80, AF_INET6, SOCK_STREAM);
  await gai("getaddrinfo('1.2.3.4', None)", '1.2.3.4', null, AF_INET, SOCK_STREAM);
  await gai("getaddrinfo('localhost', b'80')", 'localhost', Buffer.from('80'), AF_INET, SOCK_STREAM);
  await gai("getaddrinfo(b'localhost', 80)", Buffer.from('localhost'), 80, AF_INET, SOCK_STREAM);
  await gai('getaddrinfo AI_CANONNAME', '127.0.0.1', 80, AF_INET, SOCK_STREAM, 0, AI_CANONNAME | AI_NUMERICHOST);
  await gai("getaddrinfo('localhost', 2**70)", 'localhost', 2n ** 70n, AF_INET, SOCK_STREAM);
  await gai("getaddrinfo('localhost', 65536)", 'localhost', 65536, AF_INET, SOCK_STREAM);
  await gai("getaddrinfo('localhost', -1)", 'localhost', -1);
  await gai("getaddrinfo('localhost', surrogate)", 'localhost', '\ud800');
  await gai("getaddrinfo AI_NUMERICSERV with 'http'", 'localhost', 'http', 0, 0, 0, AI_NUMERICSERV);
  await gai("getaddrinfo('bad host name', 80)", 'bad host name', 80);
  await gai('getaddrinfo AI_NUMERICHOST with a name', 'localhost', 80, 0, 0, 0, AI_NUMERICHOST);
  await gai("getaddrinfo('localhost', 1.5)", 'localhost', 1.5);
  await gai("getaddrinfo('localhost', [80])", 'localhost', [80]);
  await gai('getaddrinfo(5, 80)', 5, 80);
  await gai('getaddrinfo(None, None)', null, null);
  await gai('getaddrinfo unknown family', 'localhost', 80, 12345);
  await gai('getaddrinfo unknown type', 'localhost', 80, 0, 12345);
  await gai('getaddrinfo unknown service', 'localhost', 'no-such-service-x');

  await gni("getnameinfo(('127.0.0.1', 80), NUMERIC)", ['127.0.0.1', 80], NUMERIC);
  await gni("getnameinfo(('127.0.0.1', 80), 0) (/etc/hosts)", ['127.0.0.1', 80], 0);
  await gni("getnameinfo(('127.0.0.1', 53), NI_DGRAM|NI_NUMERICHOST)", ['127.0.0.1', 53], NI_DGRAM | NI_NUMERICHOST);
  await gni("getnameinfo(('localhost', 80), 0): a name is refused", ['localhost', 80], 0);
  await gni("getnameinfo(('::1', 80, 0, 0), NUMERIC)", ['::1', 80, 0, 0], NUMERIC);
  await gni("getnameinfo(('::1', 80), NUMERIC)", ['::1', 80], NUMERIC);
  await gni("getnameinfo(('fe80::1', 80, 0, 1), NUMERIC): %scope", ['fe80::1', 80, 0, 1], NUMERIC);
  await gni('getnameinfo IPv4 3-tuple', ['127.0.0.1', 80, 0], NUMERIC);
  await gni('getnameinfo of a str', '127.0.0.1', 0);
  await gni('getnameinfo flowinfo too big', ['::1', 80, 0x100000, 0], NUMERIC);
  await gni('getnameinfo port str', ['127.0.0.1', '80'], NUMERIC);
  await gni('getnameinfo flags str', ['127.0.0.1', 80], 'x');

  const both = (label, name, ...args) => h.both(label, () => inet[`${name}Sync`](...args), () => inet[name](...args));
  await both("gethostbyname('localhost')", 'gethostbyname', 'localhost');
  await both("gethostbyname('127.0.0.1')", 'gethostbyname', '127.0.0.1');
  await both("gethostbyname('')", 'gethostbyname', '');
  await both("gethostbyname('<broadcast>')", 'gethostbyname', '<broadcast>');
  await both("gethostbyname('bad host name')", 'gethostbyname', 'bad host name');
  await both("gethostbyname_ex('localhost')", 'gethostbynameEx', 'localhost');
  await both("gethostbyaddr('127.0.0.1')", 'gethostbyaddr', '127.0.0.1');
  await both("getfqdn('localhost')", 'getfqdn', 'localhost');
  await h.step('gethostname is a non-empty str', () => typeof inet.gethostname() === 'string' && inet.gethostname().length > 0);
  await h.step("getservbyname('http', 'tcp')", () => inet.getservbyname('http', 'tcp'));
  await h.step("getservbyname('domain')", () => inet.getservbyname('domain'));
  await h.step('getservbyname unknown', () => inet.getservbyname('no-such-service-x'));
  await h.step('getservbyport(80)', () => inet.getservbyport(80));
  await h.step("getservbyport(53, 'udp')", () => inet.getservbyport(53, 'udp'));
  await h.step('getservbyport(70000)', () => inet.getservbyport(70000));
  await h.step('getservbyport(-1)', () => inet.getservbyport(-1));
  await h.step("getservbyport(1, 'no-such-proto')", () => inet.getservbyport(1, 'no-such-proto'));
  await h.step("getprotobyname('tcp')", () => inet.getprotobyname('tcp'));
  await h.step("getprotobyname('udp')", () => inet.getprotobyname('udp'));
  await h.step('getprotobyname unknown', () => inet.getprotobyname('no-such-proto'));
  await h.step('has_ipv6', () => inet.hasIpv6);
  await h.step("if_nametoindex('lo')", () => ifNametoindex('lo'));
  await h.step('if_indextoname(1)', () => ifIndextoname(1));
  await h.step('if_nametoindex unknown', () => ifNametoindex('nosuchif0'));
  await h.step('if_indextoname(0)', () => ifIndextoname(0));
  await h.step('if_indextoname(-1)', () => ifIndextoname(-1));
  await h.step('if_nameindex includes lo', () => ifNameindex().some(([i, n]) => i === 1 && n === 'lo'));
}
