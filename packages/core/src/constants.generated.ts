// generated from constants.def by sock-gen-constants — do not edit
import { constantTable } from './family/constants.js';
import type { FamilyNumber } from './family-number.js';
import { native as addon } from './native.js';

const c = constantTable(addon.constants);

export const SOCK_STREAM: number = c.linux('SOCK_STREAM');
export const SOCK_DGRAM: number = c.linux('SOCK_DGRAM');
export const SOCK_RAW: number = c.linux('SOCK_RAW');
export const SOCK_RDM: number = c.linux('SOCK_RDM');
export const SOCK_SEQPACKET: number = c.linux('SOCK_SEQPACKET');
export const SOCK_PACKET: number = c.linux('SOCK_PACKET');
export const SOCK_NONBLOCK: number = c.linux('SOCK_NONBLOCK');
export const SOCK_CLOEXEC: number = c.linux('SOCK_CLOEXEC');
export const SOL_SOCKET: number = c.linux('SOL_SOCKET');
export const SOL_IP: number = c.linux('SOL_IP');
export const SOL_TCP: number = c.linux('SOL_TCP');
export const SOL_UDP: number = c.linux('SOL_UDP');
export const SO_ACCEPTCONN: number = c.linux('SO_ACCEPTCONN');
export const SO_ACCEPTFILTER: number | undefined = c.optional('SO_ACCEPTFILTER');
export const SO_ATTACH_BPF: number = c.linux('SO_ATTACH_BPF');
export const SO_ATTACH_FILTER: number = c.linux('SO_ATTACH_FILTER');
export const SO_ATTACH_REUSEPORT_CBPF: number = c.linux('SO_ATTACH_REUSEPORT_CBPF');
export const SO_ATTACH_REUSEPORT_EBPF: number = c.linux('SO_ATTACH_REUSEPORT_EBPF');
export const SO_BINDANY: number | undefined = c.optional('SO_BINDANY');
export const SO_BINDTODEVICE: number = c.linux('SO_BINDTODEVICE');
export const SO_BINDTOIFINDEX: number = c.linux('SO_BINDTOIFINDEX');
export const SO_BINTIME: number | undefined = c.optional('SO_BINTIME');
export const SO_BPF_EXTENSIONS: number = c.linux('SO_BPF_EXTENSIONS');
export const SO_BROADCAST: number = c.linux('SO_BROADCAST');
export const SO_BSDCOMPAT: number = c.linux('SO_BSDCOMPAT');
export const SO_BUF_LOCK: number | undefined = c.optional('SO_BUF_LOCK');
export const SO_BUSY_POLL: number = c.linux('SO_BUSY_POLL');
export const SO_BUSY_POLL_BUDGET: number | undefined = c.optional('SO_BUSY_POLL_BUDGET');
export const SO_CNX_ADVICE: number = c.linux('SO_CNX_ADVICE');
export const SO_COOKIE: number = c.linux('SO_COOKIE');
export const SO_DEBUG: number = c.linux('SO_DEBUG');
export const SO_DETACH_BPF: number = c.linux('SO_DETACH_BPF');
export const SO_DETACH_FILTER: number = c.linux('SO_DETACH_FILTER');
export const SO_DETACH_REUSEPORT_BPF: number | undefined = c.optional('SO_DETACH_REUSEPORT_BPF');
export const SO_DEVMEM_DMABUF: number | undefined = c.optional('SO_DEVMEM_DMABUF');
export const SO_DEVMEM_DONTNEED: number | undefined = c.optional('SO_DEVMEM_DONTNEED');
export const SO_DEVMEM_LINEAR: number | undefined = c.optional('SO_DEVMEM_LINEAR');
export const SO_DOMAIN: number = c.linux('SO_DOMAIN');
export const SO_DONTROUTE: number = c.linux('SO_DONTROUTE');
export const SO_ERROR: number = c.linux('SO_ERROR');
export const SO_EXCLUSIVEADDRUSE: number | undefined = c.optional('SO_EXCLUSIVEADDRUSE');
export const SO_GET_FILTER: number = c.linux('SO_GET_FILTER');
export const SO_INCOMING_CPU: number = c.linux('SO_INCOMING_CPU');
export const SO_INCOMING_NAPI_ID: number = c.linux('SO_INCOMING_NAPI_ID');
export const SO_KEEPALIVE: number = c.linux('SO_KEEPALIVE');
export const SO_LABEL: number | undefined = c.optional('SO_LABEL');
export const SO_LINGER: number = c.linux('SO_LINGER');
export const SO_LINGER_SEC: number | undefined = c.optional('SO_LINGER_SEC');
export const SO_LISTENINCQLEN: number | undefined = c.optional('SO_LISTENINCQLEN');
export const SO_LISTENQLEN: number | undefined = c.optional('SO_LISTENQLEN');
export const SO_LISTENQLIMIT: number | undefined = c.optional('SO_LISTENQLIMIT');
export const SO_LOCK_FILTER: number = c.linux('SO_LOCK_FILTER');
export const SO_MARK: number = c.linux('SO_MARK');
export const SO_MAX_PACING_RATE: number = c.linux('SO_MAX_PACING_RATE');
export const SO_MEMINFO: number = c.linux('SO_MEMINFO');
export const SO_NETNS_COOKIE: number | undefined = c.optional('SO_NETNS_COOKIE');
export const SO_NOFCS: number = c.linux('SO_NOFCS');
export const SO_NOSIGPIPE: number | undefined = c.optional('SO_NOSIGPIPE');
export const SO_NO_CHECK: number = c.linux('SO_NO_CHECK');
export const SO_NO_DDP: number | undefined = c.optional('SO_NO_DDP');
export const SO_NO_OFFLOAD: number | undefined = c.optional('SO_NO_OFFLOAD');
export const SO_NREAD: number | undefined = c.optional('SO_NREAD');
export const SO_NWRITE: number | undefined = c.optional('SO_NWRITE');
export const SO_OOBINLINE: number = c.linux('SO_OOBINLINE');
export const SO_PASSCRED: number = c.linux('SO_PASSCRED');
export const SO_PASSPIDFD: number | undefined = c.optional('SO_PASSPIDFD');
export const SO_PASSRIGHTS: number | undefined = c.optional('SO_PASSRIGHTS');
export const SO_PASSSEC: number = c.linux('SO_PASSSEC');
export const SO_PEEK_OFF: number = c.linux('SO_PEEK_OFF');
export const SO_PEERCRED: number = c.linux('SO_PEERCRED');
export const SO_PEERGROUPS: number = c.linux('SO_PEERGROUPS');
export const SO_PEERLABEL: number | undefined = c.optional('SO_PEERLABEL');
export const SO_PEERNAME: number = c.linux('SO_PEERNAME');
export const SO_PEERPIDFD: number | undefined = c.optional('SO_PEERPIDFD');
export const SO_PEERSEC: number = c.linux('SO_PEERSEC');
export const SO_PREFER_BUSY_POLL: number | undefined = c.optional('SO_PREFER_BUSY_POLL');
export const SO_PRIORITY: number = c.linux('SO_PRIORITY');
export const SO_PROTOCOL: number = c.linux('SO_PROTOCOL');
export const SO_RCVBUF: number = c.linux('SO_RCVBUF');
export const SO_RCVBUFFORCE: number = c.linux('SO_RCVBUFFORCE');
export const SO_RCVLOWAT: number = c.linux('SO_RCVLOWAT');
export const SO_RCVMARK: number | undefined = c.optional('SO_RCVMARK');
export const SO_RCVPRIORITY: number | undefined = c.optional('SO_RCVPRIORITY');
export const SO_RCVTIMEO: number = c.linux('SO_RCVTIMEO');
export const SO_RERROR: number | undefined = c.optional('SO_RERROR');
export const SO_RESERVE_MEM: number | undefined = c.optional('SO_RESERVE_MEM');
export const SO_REUSEADDR: number = c.linux('SO_REUSEADDR');
export const SO_REUSEPORT: number = c.linux('SO_REUSEPORT');
export const SO_REUSEPORT_LB: number | undefined = c.optional('SO_REUSEPORT_LB');
export const SO_RTABLE: number | undefined = c.optional('SO_RTABLE');
export const SO_RXQ_OVFL: number = c.linux('SO_RXQ_OVFL');
export const SO_SECURITY_AUTHENTICATION: number = c.linux('SO_SECURITY_AUTHENTICATION');
export const SO_SECURITY_ENCRYPTION_NETWORK: number = c.linux('SO_SECURITY_ENCRYPTION_NETWORK');
export const SO_SECURITY_ENCRYPTION_TRANSPORT: number = c.linux('SO_SECURITY_ENCRYPTION_TRANSPORT');
export const SO_SELECT_ERR_QUEUE: number = c.linux('SO_SELECT_ERR_QUEUE');
export const SO_SETFIB: number | undefined = c.optional('SO_SETFIB');
export const SO_SNDBUF: number = c.linux('SO_SNDBUF');
export const SO_SNDBUFFORCE: number = c.linux('SO_SNDBUFFORCE');
export const SO_SNDLOWAT: number = c.linux('SO_SNDLOWAT');
export const SO_SNDTIMEO: number = c.linux('SO_SNDTIMEO');
export const SO_SPLICE: number | undefined = c.optional('SO_SPLICE');
export const SO_TIMESTAMP: number = c.linux('SO_TIMESTAMP');
export const SO_TIMESTAMPING: number = c.linux('SO_TIMESTAMPING');
export const SO_TIMESTAMPNS: number = c.linux('SO_TIMESTAMPNS');
export const SO_TIMESTAMP_MONOTONIC: number | undefined = c.optional('SO_TIMESTAMP_MONOTONIC');
export const SO_TS_CLOCK: number | undefined = c.optional('SO_TS_CLOCK');
export const SO_TXREHASH: number | undefined = c.optional('SO_TXREHASH');
export const SO_TXTIME: number = c.linux('SO_TXTIME');
export const SO_TYPE: number = c.linux('SO_TYPE');
export const SO_USELOOPBACK: number | undefined = c.optional('SO_USELOOPBACK');
export const SO_USER_COOKIE: number | undefined = c.optional('SO_USER_COOKIE');
export const SO_WIFI_STATUS: number = c.linux('SO_WIFI_STATUS');
export const SO_ZEROCOPY: number = c.linux('SO_ZEROCOPY');
export const MSG_BATCH: number = c.linux('MSG_BATCH');
export const MSG_BCAST: number | undefined = c.optional('MSG_BCAST');
export const MSG_BTAG: number | undefined = c.optional('MSG_BTAG');
export const MSG_CMSG_CLOEXEC: number = c.linux('MSG_CMSG_CLOEXEC');
export const MSG_CONFIRM: number = c.linux('MSG_CONFIRM');
export const MSG_CTRUNC: number = c.linux('MSG_CTRUNC');
export const MSG_DONTROUTE: number = c.linux('MSG_DONTROUTE');
export const MSG_DONTWAIT: number = c.linux('MSG_DONTWAIT');
export const MSG_EOF: number | undefined = c.optional('MSG_EOF');
export const MSG_EOR: number = c.linux('MSG_EOR');
export const MSG_ERRQUEUE: number = c.linux('MSG_ERRQUEUE');
export const MSG_ETAG: number | undefined = c.optional('MSG_ETAG');
export const MSG_FASTOPEN: number = c.linux('MSG_FASTOPEN');
export const MSG_FIN: number = c.linux('MSG_FIN');
export const MSG_MCAST: number | undefined = c.optional('MSG_MCAST');
export const MSG_MORE: number = c.linux('MSG_MORE');
export const MSG_NOSIGNAL: number = c.linux('MSG_NOSIGNAL');
export const MSG_NOTIFICATION: number | undefined = c.optional('MSG_NOTIFICATION');
export const MSG_OOB: number = c.linux('MSG_OOB');
export const MSG_PEEK: number = c.linux('MSG_PEEK');
export const MSG_PROXY: number = c.linux('MSG_PROXY');
export const MSG_RST: number = c.linux('MSG_RST');
export const MSG_SOCK_DEVMEM: number | undefined = c.optional('MSG_SOCK_DEVMEM');
export const MSG_SYN: number = c.linux('MSG_SYN');
export const MSG_TRUNC: number = c.linux('MSG_TRUNC');
export const MSG_TRYHARD: number | undefined = c.optional('MSG_TRYHARD');
export const MSG_WAITALL: number = c.linux('MSG_WAITALL');
export const MSG_WAITFORONE: number = c.linux('MSG_WAITFORONE');
export const MSG_WAITSTREAM: number | undefined = c.optional('MSG_WAITSTREAM');
export const MSG_ZEROCOPY: number = c.linux('MSG_ZEROCOPY');
export const SCM_BINTIME: number | undefined = c.optional('SCM_BINTIME');
export const SCM_CREDENTIALS: number = c.linux('SCM_CREDENTIALS');
export const SCM_CREDS: number | undefined = c.optional('SCM_CREDS');
export const SCM_CREDS2: number | undefined = c.optional('SCM_CREDS2');
export const SCM_MONOTONIC: number | undefined = c.optional('SCM_MONOTONIC');
export const SCM_PIDFD: number | undefined = c.optional('SCM_PIDFD');
export const SCM_REALTIME: number | undefined = c.optional('SCM_REALTIME');
export const SCM_RIGHTS: number = c.linux('SCM_RIGHTS');
export const SCM_SECURITY: number | undefined = c.optional('SCM_SECURITY');
export const SCM_TIMESTAMP: number = c.linux('SCM_TIMESTAMP');
export const SCM_TIMESTAMPING: number = c.linux('SCM_TIMESTAMPING');
export const SCM_TIMESTAMPING_OPT_STATS: number | undefined = c.optional('SCM_TIMESTAMPING_OPT_STATS');
export const SCM_TIMESTAMPING_PKTINFO: number | undefined = c.optional('SCM_TIMESTAMPING_PKTINFO');
export const SCM_TIMESTAMPNS: number = c.linux('SCM_TIMESTAMPNS');
export const SCM_TIMESTAMP_MONOTONIC: number | undefined = c.optional('SCM_TIMESTAMP_MONOTONIC');
export const SCM_TIME_INFO: number | undefined = c.optional('SCM_TIME_INFO');
export const SCM_TXTIME: number | undefined = c.optional('SCM_TXTIME');
export const SCM_WIFI_STATUS: number = c.linux('SCM_WIFI_STATUS');
export const SHUT_RD: number = c.linux('SHUT_RD');
export const SHUT_WR: number = c.linux('SHUT_WR');
export const SHUT_RDWR: number = c.linux('SHUT_RDWR');
export const SOMAXCONN: number = c.linux('SOMAXCONN');
export const AF_UNSPEC: FamilyNumber<'AF_UNSPEC'> = c.family<'AF_UNSPEC'>('AF_UNSPEC');
export const PF_UNSPEC: FamilyNumber<'AF_UNSPEC'> = c.family<'AF_UNSPEC'>('PF_UNSPEC');

/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */
export const groups = {
  SOCK: [
    'SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW', 'SOCK_RDM', 'SOCK_SEQPACKET', 'SOCK_PACKET', 'SOCK_NONBLOCK',
    'SOCK_CLOEXEC',
  ],
  SOL: ['SOL_SOCKET', 'SOL_IP', 'SOL_TCP', 'SOL_UDP'],
  SO: [
    'SO_ACCEPTCONN', 'SO_ACCEPTFILTER', 'SO_ATTACH_BPF', 'SO_ATTACH_FILTER', 'SO_ATTACH_REUSEPORT_CBPF',
    'SO_ATTACH_REUSEPORT_EBPF', 'SO_BINDANY', 'SO_BINDTODEVICE', 'SO_BINDTOIFINDEX', 'SO_BINTIME', 'SO_BPF_EXTENSIONS',
    'SO_BROADCAST', 'SO_BSDCOMPAT', 'SO_BUF_LOCK', 'SO_BUSY_POLL', 'SO_BUSY_POLL_BUDGET', 'SO_CNX_ADVICE', 'SO_COOKIE',
    'SO_DEBUG', 'SO_DETACH_BPF', 'SO_DETACH_FILTER', 'SO_DETACH_REUSEPORT_BPF', 'SO_DEVMEM_DMABUF',
    'SO_DEVMEM_DONTNEED', 'SO_DEVMEM_LINEAR', 'SO_DOMAIN', 'SO_DONTROUTE', 'SO_ERROR', 'SO_EXCLUSIVEADDRUSE',
    'SO_GET_FILTER', 'SO_INCOMING_CPU', 'SO_INCOMING_NAPI_ID', 'SO_KEEPALIVE', 'SO_LABEL', 'SO_LINGER', 'SO_LINGER_SEC',
    'SO_LISTENINCQLEN', 'SO_LISTENQLEN', 'SO_LISTENQLIMIT', 'SO_LOCK_FILTER', 'SO_MARK', 'SO_MAX_PACING_RATE',
    'SO_MEMINFO', 'SO_NETNS_COOKIE', 'SO_NOFCS', 'SO_NOSIGPIPE', 'SO_NO_CHECK', 'SO_NO_DDP', 'SO_NO_OFFLOAD',
    'SO_NREAD', 'SO_NWRITE', 'SO_OOBINLINE', 'SO_PASSCRED', 'SO_PASSPIDFD', 'SO_PASSRIGHTS', 'SO_PASSSEC',
    'SO_PEEK_OFF', 'SO_PEERCRED', 'SO_PEERGROUPS', 'SO_PEERLABEL', 'SO_PEERNAME', 'SO_PEERPIDFD', 'SO_PEERSEC',
    'SO_PREFER_BUSY_POLL', 'SO_PRIORITY', 'SO_PROTOCOL', 'SO_RCVBUF', 'SO_RCVBUFFORCE', 'SO_RCVLOWAT', 'SO_RCVMARK',
    'SO_RCVPRIORITY', 'SO_RCVTIMEO', 'SO_RERROR', 'SO_RESERVE_MEM', 'SO_REUSEADDR', 'SO_REUSEPORT', 'SO_REUSEPORT_LB',
    'SO_RTABLE', 'SO_RXQ_OVFL', 'SO_SECURITY_AUTHENTICATION', 'SO_SECURITY_ENCRYPTION_NETWORK',
    'SO_SECURITY_ENCRYPTION_TRANSPORT', 'SO_SELECT_ERR_QUEUE', 'SO_SETFIB', 'SO_SNDBUF', 'SO_SNDBUFFORCE',
    'SO_SNDLOWAT', 'SO_SNDTIMEO', 'SO_SPLICE', 'SO_TIMESTAMP', 'SO_TIMESTAMPING', 'SO_TIMESTAMPNS',
    'SO_TIMESTAMP_MONOTONIC', 'SO_TS_CLOCK', 'SO_TXREHASH', 'SO_TXTIME', 'SO_TYPE', 'SO_USELOOPBACK', 'SO_USER_COOKIE',
    'SO_WIFI_STATUS', 'SO_ZEROCOPY',
  ],
  MSG: [
    'MSG_BATCH', 'MSG_BCAST', 'MSG_BTAG', 'MSG_CMSG_CLOEXEC', 'MSG_CONFIRM', 'MSG_CTRUNC', 'MSG_DONTROUTE',
    'MSG_DONTWAIT', 'MSG_EOF', 'MSG_EOR', 'MSG_ERRQUEUE', 'MSG_ETAG', 'MSG_FASTOPEN', 'MSG_FIN', 'MSG_MCAST',
    'MSG_MORE', 'MSG_NOSIGNAL', 'MSG_NOTIFICATION', 'MSG_OOB', 'MSG_PEEK', 'MSG_PROXY', 'MSG_RST', 'MSG_SOCK_DEVMEM',
    'MSG_SYN', 'MSG_TRUNC', 'MSG_TRYHARD', 'MSG_WAITALL', 'MSG_WAITFORONE', 'MSG_WAITSTREAM', 'MSG_ZEROCOPY',
  ],
  SCM: [
    'SCM_BINTIME', 'SCM_CREDENTIALS', 'SCM_CREDS', 'SCM_CREDS2', 'SCM_MONOTONIC', 'SCM_PIDFD', 'SCM_REALTIME',
    'SCM_RIGHTS', 'SCM_SECURITY', 'SCM_TIMESTAMP', 'SCM_TIMESTAMPING', 'SCM_TIMESTAMPING_OPT_STATS',
    'SCM_TIMESTAMPING_PKTINFO', 'SCM_TIMESTAMPNS', 'SCM_TIMESTAMP_MONOTONIC', 'SCM_TIME_INFO', 'SCM_TXTIME',
    'SCM_WIFI_STATUS',
  ],
  SHUT: ['SHUT_RD', 'SHUT_WR', 'SHUT_RDWR'],
  MISC: ['SOMAXCONN', 'AF_UNSPEC', 'PF_UNSPEC'],
  AF: [
    'AF_ALG', 'AF_APPLETALK', 'AF_ARP', 'AF_ASH', 'AF_ATM', 'AF_ATMPVC', 'AF_ATMSVC', 'AF_AX25', 'AF_BLUETOOTH',
    'AF_BRIDGE', 'AF_CAIF', 'AF_CAN', 'AF_CCITT', 'AF_CHAOS', 'AF_CNT', 'AF_COIP', 'AF_DATAKIT', 'AF_DECnet',
    'AF_DIVERT', 'AF_DLI', 'AF_E164', 'AF_ECMA', 'AF_ECONET', 'AF_ENCAP', 'AF_HYLINK', 'AF_HYPERV', 'AF_IB',
    'AF_IEEE80211', 'AF_IEEE802154', 'AF_IMPLINK', 'AF_INET', 'AF_INET6', 'AF_INET6_SDP', 'AF_INET_SDP', 'AF_IPX',
    'AF_IRDA', 'AF_ISDN', 'AF_ISO', 'AF_IUCV', 'AF_KCM', 'AF_KEY', 'AF_LAT', 'AF_LINK', 'AF_LLC', 'AF_MCTP', 'AF_MPLS',
    'AF_NATM', 'AF_NDRV', 'AF_NETBEUI', 'AF_NETBIOS', 'AF_NETGRAPH', 'AF_NETLINK', 'AF_NETROM', 'AF_NFC', 'AF_NS',
    'AF_OSI', 'AF_PACKET', 'AF_PHONET', 'AF_PIP', 'AF_PPP', 'AF_PPPOX', 'AF_PUP', 'AF_QIPCRTR', 'AF_RDS', 'AF_ROSE',
    'AF_ROUTE', 'AF_RTIP', 'AF_RXRPC', 'AF_SCLUSTER', 'AF_SECURITY', 'AF_SIP', 'AF_SLOW', 'AF_SMC', 'AF_SNA',
    'AF_SYSTEM', 'AF_TIPC', 'AF_UNIX', 'AF_UNSPEC', 'AF_UTUN', 'AF_VSOCK', 'AF_WANPIPE', 'AF_X25', 'AF_XDP', 'AF_FILE',
    'AF_LOCAL',
  ],
  ERRNO: [
    'EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'EIO', 'ENXIO', 'E2BIG', 'ENOEXEC', 'EBADF', 'ECHILD', 'EAGAIN', 'ENOMEM',
    'EACCES', 'EFAULT', 'ENOTBLK', 'EBUSY', 'EEXIST', 'EXDEV', 'ENODEV', 'ENOTDIR', 'EISDIR', 'EINVAL', 'ENFILE',
    'EMFILE', 'ENOTTY', 'ETXTBSY', 'EFBIG', 'ENOSPC', 'ESPIPE', 'EROFS', 'EMLINK', 'EPIPE', 'EDOM', 'ERANGE', 'EDEADLK',
    'ENAMETOOLONG', 'ENOLCK', 'ENOSYS', 'ENOTEMPTY', 'ELOOP', 'EWOULDBLOCK', 'ENOMSG', 'EIDRM', 'ECHRNG', 'EL2NSYNC',
    'EL3HLT', 'EL3RST', 'ELNRNG', 'EUNATCH', 'ENOCSI', 'EL2HLT', 'EBADE', 'EBADR', 'EXFULL', 'ENOANO', 'EBADRQC',
    'EBADSLT', 'EDEADLOCK', 'EBFONT', 'ENOSTR', 'ENODATA', 'ETIME', 'ENOSR', 'ENONET', 'ENOPKG', 'EREMOTE', 'ENOLINK',
    'EADV', 'ESRMNT', 'ECOMM', 'EPROTO', 'EMULTIHOP', 'EDOTDOT', 'EBADMSG', 'EOVERFLOW', 'ENOTUNIQ', 'EBADFD',
    'EREMCHG', 'ELIBACC', 'ELIBBAD', 'ELIBSCN', 'ELIBMAX', 'ELIBEXEC', 'EILSEQ', 'ERESTART', 'ESTRPIPE', 'EUSERS',
    'ENOTSOCK', 'EDESTADDRREQ', 'EMSGSIZE', 'EPROTOTYPE', 'ENOPROTOOPT', 'EPROTONOSUPPORT', 'ESOCKTNOSUPPORT',
    'EOPNOTSUPP', 'ENOTSUP', 'EPFNOSUPPORT', 'EAFNOSUPPORT', 'EADDRINUSE', 'EADDRNOTAVAIL', 'ENETDOWN', 'ENETUNREACH',
    'ENETRESET', 'ECONNABORTED', 'ECONNRESET', 'ENOBUFS', 'EISCONN', 'ENOTCONN', 'ESHUTDOWN', 'ETOOMANYREFS',
    'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTDOWN', 'EHOSTUNREACH', 'EALREADY', 'EINPROGRESS', 'ESTALE', 'EUCLEAN', 'ENOTNAM',
    'ENAVAIL', 'EISNAM', 'EREMOTEIO', 'EDQUOT', 'ENOMEDIUM', 'EMEDIUMTYPE', 'ECANCELED', 'ENOKEY', 'EKEYEXPIRED',
    'EKEYREVOKED', 'EKEYREJECTED', 'EOWNERDEAD', 'ENOTRECOVERABLE', 'ERFKILL', 'EHWPOISON', 'EAUTH', 'EBADRPC',
    'EFTYPE', 'ENEEDAUTH', 'ENOATTR', 'EPROCLIM', 'EPROCUNAVAIL', 'EPROGMISMATCH', 'EPROGUNAVAIL', 'ERPCMISMATCH',
    'ENOTCAPABLE', 'ECAPMODE', 'EINTEGRITY',
  ],
} as const;
