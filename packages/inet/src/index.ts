/**
 * @sock/inet — AF_INET and AF_INET6 for @sock/core: Python's address tuples,
 * name resolution that never blocks the event loop (with blocking `...Sync`
 * twins), the inet_* and byte-order helpers, createConnection and
 * createServer, the inet constants and typed helpers for struct-valued
 * options. Importing this package registers both families.
 */
import { registerFamily } from '@sock/core';
import { inet4Family, inet6Family } from './family.js';

registerFamily(inet4Family);
registerFamily(inet6Family);

export { inet4Family, inet6Family };
export type { Inet4Address, Inet4AddressInput, Inet6Address, Inet6AddressInput, InetAddress } from './address.js';
export * from './constants.js';
export { getaddrinfo, getaddrinfoSync, getnameinfo, getnameinfoSync, type AddrinfoEntry, type AddrinfoHints } from './gai.js';
export {
  gethostbyname,
  gethostbynameSync,
  gethostbynameEx,
  gethostbynameExSync,
  gethostbyaddr,
  gethostbyaddrSync,
  getfqdn,
  getfqdnSync,
  gethostname,
  sethostname,
  type HostEntry,
} from './hostdb.js';
export { getservbyname, getservbyport, getprotobyname } from './services.js';
export { inetAton, inetNtoa, inetPton, inetNtop } from './inet.js';
export { htons, ntohs, htonl, ntohl } from './byteorder.js';
export {
  createConnection,
  createConnectionSync,
  type CreateConnectionOptions,
  type CreateConnectionExtra,
  type ConnectionAddress,
  type SourceAddress,
  type InetSocket,
} from './connection.js';
export { createServer, createServerSync, hasDualstackIpv6, hasIpv6, type CreateServerOptions } from './server.js';
export { packLinger, unpackLinger, getLinger, setLinger, packTimeval, unpackTimeval, getTimeval, setTimeval, type Linger } from './options/socket.js';
export { ipMreq, ipMreqn, ipMreqSource, hasIpMreqn } from './options/ip.js';
export { ipv6Mreq } from './options/ipv6.js';
export { tcpInfo, decodeTcpInfo, TCP_INFO_SIZE, type TcpInfo } from './options/tcp.js';
