// The pieces of the @sock/packet addon, each in its own file; packet.cc joins them.
#ifndef SOCK_PACKET_PACKET_H_
#define SOCK_PACKET_PACKET_H_

#include <napi.h>

namespace sockpacket {

/** Collects name -> value pairs into a JS object. */
class ConstantSink {
 public:
  explicit ConstantSink(Napi::Object target) : target_(target) {}
  template <typename T>
  void Add(const char* name, T value) {
    target_.Set(name, Napi::Number::New(target_.Env(), static_cast<double>(value)));
  }

 private:
  Napi::Object target_;
};

#define SOCK_PACKET_CONST(name) sink.Add(#name, name)

/** constants_packet.cc: AF_PACKET, SOL_PACKET, PACKET_*, PACKET_MR_*, TP_STATUS_*, TPACKET_*. */
void AddPacketConstants(ConstantSink& sink);
/** constants_ether.cc: ETH_*, ETH_P_*, ETHERTYPE_*, ETHER_*. */
void AddEtherConstants(ConstantSink& sink);
/** constants_arphrd.cc: the ARPHRD_* device types of sll_hatype. */
void AddArphrdConstants(ConstantSink& sink);
/** constants_bpf.cc: classic BPF opcodes and SKF_* offsets. */
void AddBpfConstants(ConstantSink& sink);
/** layout.cc: struct sockaddr_ll, packet_mreq, tpacket_auxdata, tpacket_stats(_v3), sock_filter. */
Napi::Object Layout(Napi::Env env);
/** filter.cc: setsockoptFprog and getFilter, the calls that pass a struct sock_fprog. */
void InitFilter(Napi::Env env, Napi::Object exports);
/** ifreq.cc: ifNameToIndex and ifIndexToName, ioctl SIOCGIFINDEX / SIOCGIFNAME on a given socket. */
void InitIfreq(Napi::Env env, Napi::Object exports);

}  // namespace sockpacket

#endif  // SOCK_PACKET_PACKET_H_
