// Where the fields of AF_PACKET's structs sit, so TS encodes and decodes
// them by name with this platform's offsets and sizes: struct sockaddr_ll
// (addresses), packet_mreq (PACKET_ADD_MEMBERSHIP), tpacket_auxdata
// (PACKET_AUXDATA ancillary data), tpacket_stats and tpacket_stats_v3
// (PACKET_STATISTICS) and sock_filter / sock_fprog (classic BPF).
// Where the headers lack AF_PACKET every layout is null.
#include <napi.h>

#include <sock/layout.h>

#include "headers.h"
#include "packet.h"

namespace sockpacket {

Napi::Object Layout(Napi::Env env) {
  Napi::Object l = Napi::Object::New(env);
#ifdef SOCK_PACKET_HAVE_LINUX
  Napi::Object ll = sock::Struct(env, sizeof(sockaddr_ll));
  SOCK_FIELD_AS(ll, "family", sockaddr_ll, sll_family);
  SOCK_FIELD_AS(ll, "protocol", sockaddr_ll, sll_protocol);
  SOCK_FIELD_AS(ll, "ifindex", sockaddr_ll, sll_ifindex);
  SOCK_FIELD_AS(ll, "hatype", sockaddr_ll, sll_hatype);
  SOCK_FIELD_AS(ll, "pkttype", sockaddr_ll, sll_pkttype);
  SOCK_FIELD_AS(ll, "halen", sockaddr_ll, sll_halen);
  SOCK_FIELD_AS(ll, "addr", sockaddr_ll, sll_addr);
  ll.Freeze();
  l.Set("sockaddrLl", ll);

  Napi::Object mreq = sock::Struct(env, sizeof(packet_mreq));
  SOCK_FIELD_AS(mreq, "ifindex", packet_mreq, mr_ifindex);
  SOCK_FIELD_AS(mreq, "type", packet_mreq, mr_type);
  SOCK_FIELD_AS(mreq, "alen", packet_mreq, mr_alen);
  SOCK_FIELD_AS(mreq, "address", packet_mreq, mr_address);
  mreq.Freeze();
  l.Set("packetMreq", mreq);

  Napi::Object aux = sock::Struct(env, sizeof(tpacket_auxdata));
  SOCK_FIELD_AS(aux, "status", tpacket_auxdata, tp_status);
  SOCK_FIELD_AS(aux, "len", tpacket_auxdata, tp_len);
  SOCK_FIELD_AS(aux, "snaplen", tpacket_auxdata, tp_snaplen);
  SOCK_FIELD_AS(aux, "mac", tpacket_auxdata, tp_mac);
  SOCK_FIELD_AS(aux, "net", tpacket_auxdata, tp_net);
  SOCK_FIELD_AS(aux, "vlanTci", tpacket_auxdata, tp_vlan_tci);
  SOCK_FIELD_AS(aux, "vlanTpid", tpacket_auxdata, tp_vlan_tpid);
  aux.Freeze();
  l.Set("tpacketAuxdata", aux);

  Napi::Object stats = sock::Struct(env, sizeof(tpacket_stats));
  SOCK_FIELD_AS(stats, "packets", tpacket_stats, tp_packets);
  SOCK_FIELD_AS(stats, "drops", tpacket_stats, tp_drops);
  stats.Freeze();
  l.Set("tpacketStats", stats);

  Napi::Object stats3 = sock::Struct(env, sizeof(tpacket_stats_v3));
  SOCK_FIELD_AS(stats3, "packets", tpacket_stats_v3, tp_packets);
  SOCK_FIELD_AS(stats3, "drops", tpacket_stats_v3, tp_drops);
  SOCK_FIELD_AS(stats3, "freezeQCount", tpacket_stats_v3, tp_freeze_q_cnt);
  stats3.Freeze();
  l.Set("tpacketStatsV3", stats3);

  Napi::Object insn = sock::Struct(env, sizeof(sock_filter));
  SOCK_FIELD_AS(insn, "code", sock_filter, code);
  SOCK_FIELD_AS(insn, "jt", sock_filter, jt);
  SOCK_FIELD_AS(insn, "jf", sock_filter, jf);
  SOCK_FIELD_AS(insn, "k", sock_filter, k);
  insn.Freeze();
  l.Set("sockFilter", insn);
  // sock_fprog.len is an unsigned short: the most instructions one program can carry.
  l.Set("fprogMaxLen", Napi::Number::New(env, static_cast<decltype(sock_fprog::len)>(~0u)));
#else
  for (const char* name : {"sockaddrLl", "packetMreq", "tpacketAuxdata", "tpacketStats", "tpacketStatsV3", "sockFilter"}) {
    l.Set(name, env.Null());
  }
  l.Set("fprogMaxLen", Napi::Number::New(env, 0));
#endif
  l.Freeze();
  return l;
}

}  // namespace sockpacket
