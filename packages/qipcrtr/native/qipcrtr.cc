// Module init: the constants (constants.cc) and the layouts of struct
// sockaddr_qrtr and struct qrtr_ctrl_pkt. Where the platform has no
// <linux/qrtr.h> the layout object is empty and the family reports itself
// unavailable.
#include <napi.h>

#include <sock/layout.h>

#include <cstddef>
#include <sys/socket.h>

#if defined(__has_include)
#if __has_include(<linux/qrtr.h>)
#include <linux/qrtr.h>
#define SOCK_QRTR_HAVE_HEADERS 1
#endif
#endif

#include "qipcrtr.h"

namespace {

Napi::Object Layout(Napi::Env env) {
  Napi::Object layout = Napi::Object::New(env);
#ifdef SOCK_QRTR_HAVE_HEADERS
  Napi::Object addr = sock::Struct(env, sizeof(struct sockaddr_qrtr));
  SOCK_FIELD_AS(addr, "family", struct sockaddr_qrtr, sq_family);
  SOCK_FIELD_AS(addr, "node", struct sockaddr_qrtr, sq_node);
  SOCK_FIELD_AS(addr, "port", struct sockaddr_qrtr, sq_port);
  addr.Freeze();
  layout.Set("sockaddrQrtr", addr);

  // The union's two views: `server.*` for NEW_SERVER, DEL_SERVER, NEW_LOOKUP
  // and DEL_LOOKUP; `client.*` for DEL_CLIENT, RESUME_TX and BYE.
  Napi::Object pkt = sock::Struct(env, sizeof(struct qrtr_ctrl_pkt));
  SOCK_FIELD(pkt, struct qrtr_ctrl_pkt, cmd);
  SOCK_FIELD_AS(pkt, "service", struct qrtr_ctrl_pkt, server.service);
  SOCK_FIELD_AS(pkt, "instance", struct qrtr_ctrl_pkt, server.instance);
  SOCK_FIELD_AS(pkt, "serverNode", struct qrtr_ctrl_pkt, server.node);
  SOCK_FIELD_AS(pkt, "serverPort", struct qrtr_ctrl_pkt, server.port);
  SOCK_FIELD_AS(pkt, "clientNode", struct qrtr_ctrl_pkt, client.node);
  SOCK_FIELD_AS(pkt, "clientPort", struct qrtr_ctrl_pkt, client.port);
  pkt.Freeze();
  layout.Set("qrtrCtrlPkt", pkt);
#endif
  layout.Freeze();
  return layout;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  Napi::Object constants = sockqrtr::Constants(env);
  constants.Freeze();
  exports.Set("constants", constants);
  exports.Set("layout", Layout(env));
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_qipcrtr, Init)
