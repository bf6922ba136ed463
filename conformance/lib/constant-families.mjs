/**
 * Which @sock family each constant of CPython's socket module belongs to.
 * The constants check looks a name up in that family's packages (and core's)
 * once the family has landed; the others are listed as not checked yet.
 * 'none' holds the families @sock plans no package for (DESIGN.md's list has
 * no RDS, QIPCRTR or Hyper-V, nor the legacy families).
 */
const rules = [
  ['vsock', /^(AF_VSOCK|PF_VSOCK|VMADDR_\w+|SO_VM_SOCKETS_\w+|IOCTL_VM_SOCKETS_\w+|VM_SOCKETS_\w+)$/],
  ['can', /^(AF_CAN|PF_CAN|CAN_\w+|SOL_CAN_\w+|J1939_\w+|SO_J1939_\w+|SCM_J1939_\w+)$/],
  ['alg', /^(AF_ALG|PF_ALG|SOL_ALG|ALG_\w+)$/],
  ['tipc', /^(AF_TIPC|PF_TIPC|SOL_TIPC|TIPC_\w+)$/],
  ['packet', /^(AF_PACKET|PF_PACKET|PACKET_\w+|ETH_P_\w+|ETHERTYPE_\w+)$/],
  ['netlink', /^(AF_NETLINK|PF_NETLINK|AF_ROUTE|PF_ROUTE|NETLINK_\w+)$/],
  [
    'bluetooth',
    /^(AF_BLUETOOTH|PF_BLUETOOTH|BTPROTO_\w+|SOL_(BLUETOOTH|L2CAP|RFCOMM|HCI|SCO)|BDADDR_\w+|HCI_\w+|BT_\w+|L2CAP_\w+|RFCOMM_\w+|SO_(L2CAP|RFCOMM|SCO|BTH)_\w+)$/,
  ],
  ['none', /^(AF_RDS|PF_RDS|SOL_RDS|RDS_\w+|AF_QIPCRTR|PF_QIPCRTR|AF_HYPERV|HV_\w+|HVSOCKET_\w+)$/],
  ['unix', /^(AF_UNIX|PF_UNIX|AF_LOCAL|PF_LOCAL|AF_FILE|PF_FILE|SO_PASS(CRED|SEC|PIDFD|RIGHTS)|SO_PEER(CRED|SEC|GROUPS|PIDFD)|SCM_CREDS2?|SCM_PIDFD|SCM_SECURITY|LOCAL_\w+)$/],
  [
    'inet',
    /^(AF_INET6?|PF_INET6?|IPPROTO_\w+|IPPORT_\w+|INADDR_\w+|IP_\w+|IPV6_\w+|MCAST_\w+|TCP_\w+|UDP_\w+|UDPLITE_\w+|EAI_\w+|AI_\w+|NI_\w+|SOL_(IP|IPV6|TCP|UDP|UDPLITE|ICMPV6|RAW|MPTCP))$/,
  ],
  ['core', /^(SOCK_\w+|SOL_SOCKET|SO_\w+|MSG_\w+|SHUT_\w+|SCM_\w+|SOMAXCONN|AF_UNSPEC|PF_UNSPEC|EAGAIN|EBADF|EWOULDBLOCK)$/],
  ['none', /^(AF|PF)_\w+$/],
];

/** The family a CPython constant belongs to, or 'unclassified'. */
export function familyOf(name) {
  for (const [family, re] of rules) if (re.test(name)) return family;
  return 'unclassified';
}
