// Classic BPF (<linux/bpf_common.h>, <linux/filter.h>): the opcode parts an
// instruction's code is or-ed from (class, size, mode, operation, source),
// the limits, and the SKF_* offsets that load packet metadata (protocol,
// pkttype, ifindex, VLAN tag...) instead of packet bytes. The function-like
// macros (BPF_CLASS, BPF_STMT, BPF_JUMP...) have TS counterparts in bpf.ts.
#include "headers.h"
#include "packet.h"

namespace sockpacket {

void AddBpfConstants(ConstantSink& sink) {
#ifdef BPF_LD
  SOCK_PACKET_CONST(BPF_LD);
#endif
#ifdef BPF_LDX
  SOCK_PACKET_CONST(BPF_LDX);
#endif
#ifdef BPF_ST
  SOCK_PACKET_CONST(BPF_ST);
#endif
#ifdef BPF_STX
  SOCK_PACKET_CONST(BPF_STX);
#endif
#ifdef BPF_ALU
  SOCK_PACKET_CONST(BPF_ALU);
#endif
#ifdef BPF_JMP
  SOCK_PACKET_CONST(BPF_JMP);
#endif
#ifdef BPF_RET
  SOCK_PACKET_CONST(BPF_RET);
#endif
#ifdef BPF_MISC
  SOCK_PACKET_CONST(BPF_MISC);
#endif
#ifdef BPF_W
  SOCK_PACKET_CONST(BPF_W);
#endif
#ifdef BPF_H
  SOCK_PACKET_CONST(BPF_H);
#endif
#ifdef BPF_B
  SOCK_PACKET_CONST(BPF_B);
#endif
#ifdef BPF_IMM
  SOCK_PACKET_CONST(BPF_IMM);
#endif
#ifdef BPF_ABS
  SOCK_PACKET_CONST(BPF_ABS);
#endif
#ifdef BPF_IND
  SOCK_PACKET_CONST(BPF_IND);
#endif
#ifdef BPF_MEM
  SOCK_PACKET_CONST(BPF_MEM);
#endif
#ifdef BPF_LEN
  SOCK_PACKET_CONST(BPF_LEN);
#endif
#ifdef BPF_MSH
  SOCK_PACKET_CONST(BPF_MSH);
#endif
#ifdef BPF_ADD
  SOCK_PACKET_CONST(BPF_ADD);
#endif
#ifdef BPF_SUB
  SOCK_PACKET_CONST(BPF_SUB);
#endif
#ifdef BPF_MUL
  SOCK_PACKET_CONST(BPF_MUL);
#endif
#ifdef BPF_DIV
  SOCK_PACKET_CONST(BPF_DIV);
#endif
#ifdef BPF_OR
  SOCK_PACKET_CONST(BPF_OR);
#endif
#ifdef BPF_AND
  SOCK_PACKET_CONST(BPF_AND);
#endif
#ifdef BPF_LSH
  SOCK_PACKET_CONST(BPF_LSH);
#endif
#ifdef BPF_RSH
  SOCK_PACKET_CONST(BPF_RSH);
#endif
#ifdef BPF_NEG
  SOCK_PACKET_CONST(BPF_NEG);
#endif
#ifdef BPF_MOD
  SOCK_PACKET_CONST(BPF_MOD);
#endif
#ifdef BPF_XOR
  SOCK_PACKET_CONST(BPF_XOR);
#endif
#ifdef BPF_JA
  SOCK_PACKET_CONST(BPF_JA);
#endif
#ifdef BPF_JEQ
  SOCK_PACKET_CONST(BPF_JEQ);
#endif
#ifdef BPF_JGT
  SOCK_PACKET_CONST(BPF_JGT);
#endif
#ifdef BPF_JGE
  SOCK_PACKET_CONST(BPF_JGE);
#endif
#ifdef BPF_JSET
  SOCK_PACKET_CONST(BPF_JSET);
#endif
#ifdef BPF_K
  SOCK_PACKET_CONST(BPF_K);
#endif
#ifdef BPF_X
  SOCK_PACKET_CONST(BPF_X);
#endif
#ifdef BPF_MAXINSNS
  SOCK_PACKET_CONST(BPF_MAXINSNS);
#endif
#ifdef BPF_MAJOR_VERSION
  SOCK_PACKET_CONST(BPF_MAJOR_VERSION);
#endif
#ifdef BPF_MINOR_VERSION
  SOCK_PACKET_CONST(BPF_MINOR_VERSION);
#endif
#ifdef BPF_A
  SOCK_PACKET_CONST(BPF_A);
#endif
#ifdef BPF_TAX
  SOCK_PACKET_CONST(BPF_TAX);
#endif
#ifdef BPF_TXA
  SOCK_PACKET_CONST(BPF_TXA);
#endif
#ifdef BPF_MEMWORDS
  SOCK_PACKET_CONST(BPF_MEMWORDS);
#endif
#ifdef SKF_AD_OFF
  SOCK_PACKET_CONST(SKF_AD_OFF);
#endif
#ifdef SKF_AD_PROTOCOL
  SOCK_PACKET_CONST(SKF_AD_PROTOCOL);
#endif
#ifdef SKF_AD_PKTTYPE
  SOCK_PACKET_CONST(SKF_AD_PKTTYPE);
#endif
#ifdef SKF_AD_IFINDEX
  SOCK_PACKET_CONST(SKF_AD_IFINDEX);
#endif
#ifdef SKF_AD_NLATTR
  SOCK_PACKET_CONST(SKF_AD_NLATTR);
#endif
#ifdef SKF_AD_NLATTR_NEST
  SOCK_PACKET_CONST(SKF_AD_NLATTR_NEST);
#endif
#ifdef SKF_AD_MARK
  SOCK_PACKET_CONST(SKF_AD_MARK);
#endif
#ifdef SKF_AD_QUEUE
  SOCK_PACKET_CONST(SKF_AD_QUEUE);
#endif
#ifdef SKF_AD_HATYPE
  SOCK_PACKET_CONST(SKF_AD_HATYPE);
#endif
#ifdef SKF_AD_RXHASH
  SOCK_PACKET_CONST(SKF_AD_RXHASH);
#endif
#ifdef SKF_AD_CPU
  SOCK_PACKET_CONST(SKF_AD_CPU);
#endif
#ifdef SKF_AD_ALU_XOR_X
  SOCK_PACKET_CONST(SKF_AD_ALU_XOR_X);
#endif
#ifdef SKF_AD_VLAN_TAG
  SOCK_PACKET_CONST(SKF_AD_VLAN_TAG);
#endif
#ifdef SKF_AD_VLAN_TAG_PRESENT
  SOCK_PACKET_CONST(SKF_AD_VLAN_TAG_PRESENT);
#endif
#ifdef SKF_AD_PAY_OFFSET
  SOCK_PACKET_CONST(SKF_AD_PAY_OFFSET);
#endif
#ifdef SKF_AD_RANDOM
  SOCK_PACKET_CONST(SKF_AD_RANDOM);
#endif
#ifdef SKF_AD_VLAN_TPID
  SOCK_PACKET_CONST(SKF_AD_VLAN_TPID);
#endif
#ifdef SKF_AD_MAX
  SOCK_PACKET_CONST(SKF_AD_MAX);
#endif
#ifdef SKF_NET_OFF
  SOCK_PACKET_CONST(SKF_NET_OFF);
#endif
#ifdef SKF_LL_OFF
  SOCK_PACKET_CONST(SKF_LL_OFF);
#endif
#ifdef BPF_NET_OFF
  SOCK_PACKET_CONST(BPF_NET_OFF);
#endif
#ifdef BPF_LL_OFF
  SOCK_PACKET_CONST(BPF_LL_OFF);
#endif
}

}  // namespace sockpacket
