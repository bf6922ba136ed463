// The layout of struct tcp_info (getsockopt IPPROTO_TCP/TCP_INFO), so TS can
// decode the kernel's bytes by name. This file reads the richest header the
// platform has: <linux/tcp.h> (the kernel's uapi, newer than glibc's copy in
// <netinet/tcp.h>, which cannot be included beside it) or <netinet/tcp.h>.
// Each field is looked up by name at compile time, so a field the headers
// lack is simply absent; bitfields (snd_wscale, rcv_wscale, ...) have no
// offsetof and are located by setting them in a zeroed struct.
#include <napi.h>

#include <cstddef>
#include <cstring>
#include <type_traits>
#include <utility>

#if __has_include(<linux/tcp.h>)
#include <linux/tcp.h>
#else
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#endif

#include "inet.h"

namespace sockinet {
namespace {

#define SOCK_TCPI_FIELDS(X)                                                                                        \
  X(state) X(ca_state) X(retransmits) X(probes) X(backoff) X(options) X(snd_wscale) X(rcv_wscale)                 \
  X(delivery_rate_app_limited) X(fastopen_client_fail) X(rto) X(ato) X(snd_mss) X(rcv_mss) X(unacked) X(sacked)   \
  X(lost) X(retrans) X(fackets) X(last_data_sent) X(last_ack_sent) X(last_data_recv) X(last_ack_recv) X(pmtu)     \
  X(rcv_ssthresh) X(rtt) X(rttvar) X(snd_ssthresh) X(snd_cwnd) X(advmss) X(reordering) X(rcv_rtt) X(rcv_space)    \
  X(total_retrans) X(pacing_rate) X(max_pacing_rate) X(bytes_acked) X(bytes_received) X(segs_out) X(segs_in)      \
  X(notsent_bytes) X(min_rtt) X(data_segs_in) X(data_segs_out) X(delivery_rate) X(busy_time) X(rwnd_limited)     \
  X(sndbuf_limited) X(delivered) X(delivered_ce) X(bytes_sent) X(bytes_retrans) X(dsack_dups) X(reord_seen)      \
  X(rcv_ooopack) X(snd_wnd) X(rcv_wnd) X(rehash) X(total_rto) X(total_rto_recoveries) X(total_rto_time)          \
  X(received_ce) X(delivered_e1_bytes) X(delivered_e0_bytes) X(delivered_ce_bytes) X(received_e1_bytes)          \
  X(received_e0_bytes) X(received_ce_bytes) X(accecn_fail_mode) X(accecn_opt_seen) X(snd_bwnd) X(snd_nxt)        \
  X(rcv_nxt) X(toe_tid) X(snd_rexmitpack) X(rcv_numsacks) X(snd_zerowin) X(rcv_adv) X(dupacks)

/** [offset, size, bit shift, bit width]; shift and width 0 for whole fields. */
void Put(Napi::Env env, Napi::Object fields, const char* name, size_t offset, size_t size, int shift, int width) {
  Napi::Array entry = Napi::Array::New(env, 4);
  entry.Set(0u, Napi::Number::New(env, static_cast<double>(offset)));
  entry.Set(1u, Napi::Number::New(env, static_cast<double>(size)));
  entry.Set(2u, Napi::Number::New(env, shift));
  entry.Set(3u, Napi::Number::New(env, width));
  fields.Set(name, entry);
}

/** A bitfield set to all ones in an otherwise zeroed struct: find its byte and bits. */
void PutBits(Napi::Env env, Napi::Object fields, const char* name, const void* probe, size_t size) {
  const uint8_t* bytes = static_cast<const uint8_t*>(probe);
  for (size_t i = 0; i < size; i++) {
    unsigned mask = bytes[i];
    if (mask == 0) continue;
    int shift = 0;
    while (((mask >> shift) & 1u) == 0) shift++;
    int width = 0;
    while (((mask >> (shift + width)) & 1u) != 0) width++;
    Put(env, fields, name, i, 1, shift, width);
    return;
  }
}

#define SOCK_TCPI_DETECT(name)                                                                              \
  template <typename T, typename = void>                                                                     \
  struct Has_##name : std::false_type {};                                                                    \
  template <typename T>                                                                                      \
  struct Has_##name<T, std::void_t<decltype(std::declval<T&>().tcpi_##name)>> : std::true_type {};           \
  template <typename T, typename = void>                                                                     \
  struct Addressable_##name : std::false_type {};                                                            \
  template <typename T>                                                                                      \
  struct Addressable_##name<T, std::void_t<decltype(&T::tcpi_##name)>> : std::true_type {};                  \
  template <typename T>                                                                                      \
  void Add_##name(Napi::Env env, Napi::Object fields) {                                                      \
    if constexpr (Has_##name<T>::value) {                                                                    \
      if constexpr (Addressable_##name<T>::value) {                                                          \
        Put(env, fields, #name, offsetof(T, tcpi_##name), sizeof(std::declval<T&>().tcpi_##name), 0, 0);     \
      } else {                                                                                               \
        T probe;                                                                                             \
        std::memset(static_cast<void*>(&probe), 0, sizeof probe);                                            \
        probe.tcpi_##name = probe.tcpi_##name - 1;                                                           \
        PutBits(env, fields, #name, &probe, sizeof probe);                                                   \
      }                                                                                                      \
    }                                                                                                        \
  }

SOCK_TCPI_FIELDS(SOCK_TCPI_DETECT)

}  // namespace

Napi::Value TcpInfoLayout(Napi::Env env) {
#ifdef TCP_INFO
  Napi::Object layout = Napi::Object::New(env);
  Napi::Object fields = Napi::Object::New(env);
  layout.Set("size", Napi::Number::New(env, static_cast<double>(sizeof(struct tcp_info))));
#define SOCK_TCPI_ADD(name) Add_##name<struct tcp_info>(env, fields);
  SOCK_TCPI_FIELDS(SOCK_TCPI_ADD)
#undef SOCK_TCPI_ADD
  layout.Set("fields", fields);
  return layout;
#else
  return env.Null();
#endif
}

}  // namespace sockinet
