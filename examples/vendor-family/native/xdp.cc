// Module init: the constants and the layouts of struct sockaddr_xdp and
// struct xdp_statistics. Where the platform has no <linux/if_xdp.h> the
// layout object is empty and the family reports itself unavailable.
#include <napi.h>

#include <sock/layout.h>

#include <cstddef>
#include <sys/socket.h>

#if defined(__has_include)
#if __has_include(<linux/if_xdp.h>)
#include <linux/if_xdp.h>
#define SOCK_XDP_HAVE_HEADERS 1
#endif
#endif

#include "xdp.h"

namespace {

Napi::Object Layout(Napi::Env env) {
  Napi::Object layout = Napi::Object::New(env);
#ifdef SOCK_XDP_HAVE_HEADERS
  Napi::Object addr = sock::Struct(env, sizeof(struct sockaddr_xdp));
  SOCK_FIELD_AS(addr, "family", struct sockaddr_xdp, sxdp_family);
  SOCK_FIELD_AS(addr, "flags", struct sockaddr_xdp, sxdp_flags);
  SOCK_FIELD_AS(addr, "ifindex", struct sockaddr_xdp, sxdp_ifindex);
  SOCK_FIELD_AS(addr, "queueId", struct sockaddr_xdp, sxdp_queue_id);
  SOCK_FIELD_AS(addr, "sharedUmemFd", struct sockaddr_xdp, sxdp_shared_umem_fd);
  addr.Freeze();
  layout.Set("sockaddrXdp", addr);

  Napi::Object stats = sock::Struct(env, sizeof(struct xdp_statistics));
  SOCK_FIELD_AS(stats, "rxDropped", struct xdp_statistics, rx_dropped);
  SOCK_FIELD_AS(stats, "rxInvalidDescs", struct xdp_statistics, rx_invalid_descs);
  SOCK_FIELD_AS(stats, "txInvalidDescs", struct xdp_statistics, tx_invalid_descs);
  SOCK_FIELD_AS(stats, "rxRingFull", struct xdp_statistics, rx_ring_full);
  SOCK_FIELD_AS(stats, "rxFillRingEmptyDescs", struct xdp_statistics, rx_fill_ring_empty_descs);
  SOCK_FIELD_AS(stats, "txRingEmptyDescs", struct xdp_statistics, tx_ring_empty_descs);
  stats.Freeze();
  layout.Set("xdpStatistics", stats);
#endif
  layout.Freeze();
  return layout;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  Napi::Object constants = sockxdp::Constants(env);
  constants.Freeze();
  exports.Set("constants", constants);
  exports.Set("layout", Layout(env));
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_xdp, Init)
