// The pieces of the @sock/packet addon, each in its own file; packet.cc joins them.
#ifndef SOCK_PACKET_PACKET_H_
#define SOCK_PACKET_PACKET_H_

#include <napi.h>

namespace sockpacket {

/** constants.cc: every name of constants.def this platform's headers define, frozen. */
Napi::Object Constants(Napi::Env env);
/** layout.cc: struct sockaddr_ll, packet_mreq, tpacket_auxdata, tpacket_stats(_v3), sock_filter. */
Napi::Object Layout(Napi::Env env);

}  // namespace sockpacket

#endif  // SOCK_PACKET_PACKET_H_
