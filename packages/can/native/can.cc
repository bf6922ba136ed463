// @sock/can native shim: the AF_CAN constants (constants.cc, from
// constants.def) and the struct layouts of <linux/can*.h>, read from the
// headers so that values, sizes and offsets are this platform's own. All
// socket I/O and the interface-index ioctls go through @sock/core.
#include <napi.h>

#include <sock/layout.h>

#include <cstddef>
#include <ctime>
#include <sys/socket.h>
#include <sys/time.h>

#if __has_include(<linux/can.h>)
#include <linux/can.h>
#include <linux/can/bcm.h>
#include <linux/can/isotp.h>
#include <linux/can/j1939.h>
#include <linux/can/raw.h>
#define SOCK_CAN_HAVE_HEADERS 1
#endif

#include "can.h"

namespace sockcan {

Napi::Object Layout(Napi::Env env) {
  Napi::Object l = Napi::Object::New(env);
#ifdef SOCK_CAN_HAVE_HEADERS
  Napi::Object sockaddrCan = sock::Struct(env, sizeof(struct sockaddr_can));
  l.Set("sockaddrCan", sockaddrCan);
  SOCK_FIELD_AS(sockaddrCan, "family", struct sockaddr_can, can_family);
  SOCK_FIELD_AS(sockaddrCan, "ifindex", struct sockaddr_can, can_ifindex);
  SOCK_FIELD_AS(sockaddrCan, "rxId", struct sockaddr_can, can_addr.tp.rx_id);
  SOCK_FIELD_AS(sockaddrCan, "txId", struct sockaddr_can, can_addr.tp.tx_id);
  SOCK_FIELD_AS(sockaddrCan, "name", struct sockaddr_can, can_addr.j1939.name);
  SOCK_FIELD_AS(sockaddrCan, "pgn", struct sockaddr_can, can_addr.j1939.pgn);
  SOCK_FIELD_AS(sockaddrCan, "addr", struct sockaddr_can, can_addr.j1939.addr);

  Napi::Object canFrame = sock::Struct(env, sizeof(struct can_frame));
  l.Set("canFrame", canFrame);
  SOCK_FIELD_AS(canFrame, "canId", struct can_frame, can_id);
  SOCK_FIELD_AS(canFrame, "len", struct can_frame, len);
  SOCK_FIELD_AS(canFrame, "len8Dlc", struct can_frame, len8_dlc);
  SOCK_FIELD_AS(canFrame, "data", struct can_frame, data);

  Napi::Object canfdFrame = sock::Struct(env, sizeof(struct canfd_frame));
  l.Set("canfdFrame", canfdFrame);
  SOCK_FIELD_AS(canfdFrame, "canId", struct canfd_frame, can_id);
  SOCK_FIELD_AS(canfdFrame, "len", struct canfd_frame, len);
  SOCK_FIELD_AS(canfdFrame, "flags", struct canfd_frame, flags);
  SOCK_FIELD_AS(canfdFrame, "data", struct canfd_frame, data);

#ifdef CANXL_XLF
  Napi::Object canxlFrame = sock::Struct(env, sizeof(struct canxl_frame));
  l.Set("canxlFrame", canxlFrame);
  SOCK_FIELD_AS(canxlFrame, "prio", struct canxl_frame, prio);
  SOCK_FIELD_AS(canxlFrame, "flags", struct canxl_frame, flags);
  SOCK_FIELD_AS(canxlFrame, "sdt", struct canxl_frame, sdt);
  SOCK_FIELD_AS(canxlFrame, "len", struct canxl_frame, len);
  SOCK_FIELD_AS(canxlFrame, "af", struct canxl_frame, af);
  SOCK_FIELD_AS(canxlFrame, "data", struct canxl_frame, data);
#endif

  Napi::Object canFilter = sock::Struct(env, sizeof(struct can_filter));
  l.Set("canFilter", canFilter);
  SOCK_FIELD_AS(canFilter, "canId", struct can_filter, can_id);
  SOCK_FIELD_AS(canFilter, "canMask", struct can_filter, can_mask);

  Napi::Object bcmMsgHead = sock::Struct(env, sizeof(struct bcm_msg_head));
  l.Set("bcmMsgHead", bcmMsgHead);
  SOCK_FIELD_AS(bcmMsgHead, "opcode", struct bcm_msg_head, opcode);
  SOCK_FIELD_AS(bcmMsgHead, "flags", struct bcm_msg_head, flags);
  SOCK_FIELD_AS(bcmMsgHead, "count", struct bcm_msg_head, count);
  SOCK_FIELD_AS(bcmMsgHead, "ival1Sec", struct bcm_msg_head, ival1.tv_sec);
  SOCK_FIELD_AS(bcmMsgHead, "ival1Usec", struct bcm_msg_head, ival1.tv_usec);
  SOCK_FIELD_AS(bcmMsgHead, "ival2Sec", struct bcm_msg_head, ival2.tv_sec);
  SOCK_FIELD_AS(bcmMsgHead, "ival2Usec", struct bcm_msg_head, ival2.tv_usec);
  SOCK_FIELD_AS(bcmMsgHead, "canId", struct bcm_msg_head, can_id);
  SOCK_FIELD_AS(bcmMsgHead, "nframes", struct bcm_msg_head, nframes);
  bcmMsgHead.Set("frames", sock::Field(env, offsetof(struct bcm_msg_head, frames), 0));

  Napi::Object isotpOptions = sock::Struct(env, sizeof(struct can_isotp_options));
  l.Set("isotpOptions", isotpOptions);
  SOCK_FIELD_AS(isotpOptions, "flags", struct can_isotp_options, flags);
  SOCK_FIELD_AS(isotpOptions, "frameTxtime", struct can_isotp_options, frame_txtime);
  SOCK_FIELD_AS(isotpOptions, "extAddress", struct can_isotp_options, ext_address);
  SOCK_FIELD_AS(isotpOptions, "txpadContent", struct can_isotp_options, txpad_content);
  SOCK_FIELD_AS(isotpOptions, "rxpadContent", struct can_isotp_options, rxpad_content);
  SOCK_FIELD_AS(isotpOptions, "rxExtAddress", struct can_isotp_options, rx_ext_address);

  Napi::Object isotpFcOptions = sock::Struct(env, sizeof(struct can_isotp_fc_options));
  l.Set("isotpFcOptions", isotpFcOptions);
  SOCK_FIELD_AS(isotpFcOptions, "bs", struct can_isotp_fc_options, bs);
  SOCK_FIELD_AS(isotpFcOptions, "stmin", struct can_isotp_fc_options, stmin);
  SOCK_FIELD_AS(isotpFcOptions, "wftmax", struct can_isotp_fc_options, wftmax);

  Napi::Object isotpLlOptions = sock::Struct(env, sizeof(struct can_isotp_ll_options));
  l.Set("isotpLlOptions", isotpLlOptions);
  SOCK_FIELD_AS(isotpLlOptions, "mtu", struct can_isotp_ll_options, mtu);
  SOCK_FIELD_AS(isotpLlOptions, "txDl", struct can_isotp_ll_options, tx_dl);
  SOCK_FIELD_AS(isotpLlOptions, "txFlags", struct can_isotp_ll_options, tx_flags);

  Napi::Object j1939Filter = sock::Struct(env, sizeof(struct j1939_filter));
  l.Set("j1939Filter", j1939Filter);
  SOCK_FIELD_AS(j1939Filter, "name", struct j1939_filter, name);
  SOCK_FIELD_AS(j1939Filter, "nameMask", struct j1939_filter, name_mask);
  SOCK_FIELD_AS(j1939Filter, "pgn", struct j1939_filter, pgn);
  SOCK_FIELD_AS(j1939Filter, "pgnMask", struct j1939_filter, pgn_mask);
  SOCK_FIELD_AS(j1939Filter, "addr", struct j1939_filter, addr);
  SOCK_FIELD_AS(j1939Filter, "addrMask", struct j1939_filter, addr_mask);

  Napi::Object timeval = sock::Struct(env, sizeof(struct timeval));
  l.Set("timeval", timeval);
  SOCK_FIELD_AS(timeval, "sec", struct timeval, tv_sec);
  SOCK_FIELD_AS(timeval, "usec", struct timeval, tv_usec);
  Napi::Object timespec = sock::Struct(env, sizeof(struct timespec));
  l.Set("timespec", timespec);
  SOCK_FIELD_AS(timespec, "sec", struct timespec, tv_sec);
  SOCK_FIELD_AS(timespec, "nsec", struct timespec, tv_nsec);
#endif
  return l;
}

}  // namespace sockcan

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("constants", sockcan::Constants(env));
  exports.Set("layout", sockcan::Layout(env));
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_can, Init)
