// Where the fields of AF_PACKET's structs sit, so TS encodes and decodes
// them by name with this platform's offsets and sizes: struct sockaddr_ll
// (addresses), packet_mreq (PACKET_ADD_MEMBERSHIP), tpacket_auxdata
// (PACKET_AUXDATA ancillary data), tpacket_stats and tpacket_stats_v3
// (PACKET_STATISTICS) and sock_filter / sock_fprog (classic BPF).
// Where the headers lack AF_PACKET every layout is null.
#include <napi.h>

#include <cstddef>

#include "headers.h"
#include "packet.h"

namespace sockpacket {
namespace {

void Set(Napi::Object target, const char* name, size_t value) {
  target.Set(name, Napi::Number::New(target.Env(), static_cast<double>(value)));
}

Napi::Object Field(Napi::Env env, size_t offset, size_t size) {
  Napi::Object f = Napi::Object::New(env);
  Set(f, "offset", offset);
  Set(f, "size", size);
  f.Freeze();
  return f;
}

#define SOCK_PACKET_FIELD(obj, key, type, member) \
  (obj).Set(key, Field(env, offsetof(type, member), sizeof(static_cast<type*>(nullptr)->member)))

Napi::Object Struct(Napi::Env env, size_t size) {
  Napi::Object s = Napi::Object::New(env);
  Set(s, "size", size);
  return s;
}

}  // namespace

Napi::Object Layout(Napi::Env env) {
  Napi::Object l = Napi::Object::New(env);
#ifdef SOCK_PACKET_HAVE_LINUX
  Napi::Object ll = Struct(env, sizeof(sockaddr_ll));
  SOCK_PACKET_FIELD(ll, "family", sockaddr_ll, sll_family);
  SOCK_PACKET_FIELD(ll, "protocol", sockaddr_ll, sll_protocol);
  SOCK_PACKET_FIELD(ll, "ifindex", sockaddr_ll, sll_ifindex);
  SOCK_PACKET_FIELD(ll, "hatype", sockaddr_ll, sll_hatype);
  SOCK_PACKET_FIELD(ll, "pkttype", sockaddr_ll, sll_pkttype);
  SOCK_PACKET_FIELD(ll, "halen", sockaddr_ll, sll_halen);
  SOCK_PACKET_FIELD(ll, "addr", sockaddr_ll, sll_addr);
  ll.Freeze();
  l.Set("sockaddrLl", ll);

  Napi::Object mreq = Struct(env, sizeof(packet_mreq));
  SOCK_PACKET_FIELD(mreq, "ifindex", packet_mreq, mr_ifindex);
  SOCK_PACKET_FIELD(mreq, "type", packet_mreq, mr_type);
  SOCK_PACKET_FIELD(mreq, "alen", packet_mreq, mr_alen);
  SOCK_PACKET_FIELD(mreq, "address", packet_mreq, mr_address);
  mreq.Freeze();
  l.Set("packetMreq", mreq);

  Napi::Object aux = Struct(env, sizeof(tpacket_auxdata));
  SOCK_PACKET_FIELD(aux, "status", tpacket_auxdata, tp_status);
  SOCK_PACKET_FIELD(aux, "len", tpacket_auxdata, tp_len);
  SOCK_PACKET_FIELD(aux, "snaplen", tpacket_auxdata, tp_snaplen);
  SOCK_PACKET_FIELD(aux, "mac", tpacket_auxdata, tp_mac);
  SOCK_PACKET_FIELD(aux, "net", tpacket_auxdata, tp_net);
  SOCK_PACKET_FIELD(aux, "vlanTci", tpacket_auxdata, tp_vlan_tci);
  SOCK_PACKET_FIELD(aux, "vlanTpid", tpacket_auxdata, tp_vlan_tpid);
  aux.Freeze();
  l.Set("tpacketAuxdata", aux);

  Napi::Object stats = Struct(env, sizeof(tpacket_stats));
  SOCK_PACKET_FIELD(stats, "packets", tpacket_stats, tp_packets);
  SOCK_PACKET_FIELD(stats, "drops", tpacket_stats, tp_drops);
  stats.Freeze();
  l.Set("tpacketStats", stats);

  Napi::Object stats3 = Struct(env, sizeof(tpacket_stats_v3));
  SOCK_PACKET_FIELD(stats3, "packets", tpacket_stats_v3, tp_packets);
  SOCK_PACKET_FIELD(stats3, "drops", tpacket_stats_v3, tp_drops);
  SOCK_PACKET_FIELD(stats3, "freezeQCount", tpacket_stats_v3, tp_freeze_q_cnt);
  stats3.Freeze();
  l.Set("tpacketStatsV3", stats3);

  Napi::Object insn = Struct(env, sizeof(sock_filter));
  SOCK_PACKET_FIELD(insn, "code", sock_filter, code);
  SOCK_PACKET_FIELD(insn, "jt", sock_filter, jt);
  SOCK_PACKET_FIELD(insn, "jf", sock_filter, jf);
  SOCK_PACKET_FIELD(insn, "k", sock_filter, k);
  insn.Freeze();
  l.Set("sockFilter", insn);
  // sock_fprog.len is an unsigned short: the most instructions one program can carry.
  Set(l, "fprogMaxLen", static_cast<size_t>(static_cast<decltype(sock_fprog::len)>(~0u)));
#else
  for (const char* name : {"sockaddrLl", "packetMreq", "tpacketAuxdata", "tpacketStats", "tpacketStatsV3", "sockFilter"}) {
    l.Set(name, env.Null());
  }
  Set(l, "fprogMaxLen", 0);
#endif
  l.Freeze();
  return l;
}

}  // namespace sockpacket
