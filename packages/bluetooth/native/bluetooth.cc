// @sock/bluetooth native shim: the AF_BLUETOOTH constants (from
// constants.def, values from the ABI carried in sock_bluetooth_abi.h), the
// struct layouts the TS codecs use, and the HCI device ioctls, which take
// structs Python's socket module has no call for. Socket I/O goes through
// @sock/core. Every ioctl's buffer is sized here, never by the caller.
#include <napi.h>

#include <sock/args.h>
#include <sock/layout.h>
#include <sock/result.h>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <vector>

#include "sock_bluetooth_abi.h"

namespace {

#ifdef SOCK_BLUETOOTH_ABI

Napi::Object Layout(Napi::Env env) {
  using namespace sockbt;
  Napi::Object l = Napi::Object::New(env);

  Napi::Object l2 = sock::Struct(env, sizeof(sockaddr_l2));
  SOCK_FIELD_AS(l2, "family", sockaddr_l2, l2_family);
  SOCK_FIELD_AS(l2, "psm", sockaddr_l2, l2_psm);
  SOCK_FIELD_AS(l2, "bdaddr", sockaddr_l2, l2_bdaddr);
  SOCK_FIELD_AS(l2, "cid", sockaddr_l2, l2_cid);
  SOCK_FIELD_AS(l2, "bdaddrType", sockaddr_l2, l2_bdaddr_type);
  l.Set("sockaddrL2", l2);

  Napi::Object rc = sock::Struct(env, sizeof(sockaddr_rc));
  SOCK_FIELD_AS(rc, "family", sockaddr_rc, rc_family);
  SOCK_FIELD_AS(rc, "bdaddr", sockaddr_rc, rc_bdaddr);
  SOCK_FIELD_AS(rc, "channel", sockaddr_rc, rc_channel);
  l.Set("sockaddrRc", rc);

  Napi::Object hci = sock::Struct(env, sizeof(sockaddr_hci));
  SOCK_FIELD_AS(hci, "family", sockaddr_hci, hci_family);
  SOCK_FIELD_AS(hci, "dev", sockaddr_hci, hci_dev);
  SOCK_FIELD_AS(hci, "channel", sockaddr_hci, hci_channel);
  l.Set("sockaddrHci", hci);

  Napi::Object sco = sock::Struct(env, sizeof(sockaddr_sco));
  SOCK_FIELD_AS(sco, "family", sockaddr_sco, sco_family);
  SOCK_FIELD_AS(sco, "bdaddr", sockaddr_sco, sco_bdaddr);
  l.Set("sockaddrSco", sco);

  Napi::Object sec = sock::Struct(env, sizeof(bt_security));
  SOCK_FIELD_AS(sec, "level", bt_security, level);
  SOCK_FIELD_AS(sec, "keySize", bt_security, key_size);
  l.Set("btSecurity", sec);

  Napi::Object power = sock::Struct(env, sizeof(bt_power));
  SOCK_FIELD_AS(power, "forceActive", bt_power, force_active);
  l.Set("btPower", power);

  Napi::Object voice = sock::Struct(env, sizeof(bt_voice));
  SOCK_FIELD_AS(voice, "setting", bt_voice, setting);
  l.Set("btVoice", voice);

  Napi::Object opts = sock::Struct(env, sizeof(l2cap_options));
  SOCK_FIELD_AS(opts, "omtu", l2cap_options, omtu);
  SOCK_FIELD_AS(opts, "imtu", l2cap_options, imtu);
  SOCK_FIELD_AS(opts, "flushTo", l2cap_options, flush_to);
  SOCK_FIELD_AS(opts, "mode", l2cap_options, mode);
  SOCK_FIELD_AS(opts, "fcs", l2cap_options, fcs);
  SOCK_FIELD_AS(opts, "maxTx", l2cap_options, max_tx);
  SOCK_FIELD_AS(opts, "txwinSize", l2cap_options, txwin_size);
  l.Set("l2capOptions", opts);

  Napi::Object conninfo = sock::Struct(env, sizeof(l2cap_conninfo));
  SOCK_FIELD_AS(conninfo, "hciHandle", l2cap_conninfo, hci_handle);
  SOCK_FIELD_AS(conninfo, "devClass", l2cap_conninfo, dev_class);
  l.Set("connInfo", conninfo);

  Napi::Object scoOpts = sock::Struct(env, sizeof(sco_options));
  SOCK_FIELD_AS(scoOpts, "mtu", sco_options, mtu);
  l.Set("scoOptions", scoOpts);

  Napi::Object filter = sock::Struct(env, sizeof(hci_filter));
  SOCK_FIELD_AS(filter, "typeMask", hci_filter, type_mask);
  SOCK_FIELD_AS(filter, "eventMask", hci_filter, event_mask);
  SOCK_FIELD_AS(filter, "opcode", hci_filter, opcode);
  l.Set("hciFilter", filter);

  Napi::Object info = sock::Struct(env, sizeof(hci_dev_info));
  SOCK_FIELD_AS(info, "devId", hci_dev_info, dev_id);
  SOCK_FIELD_AS(info, "name", hci_dev_info, name);
  SOCK_FIELD_AS(info, "bdaddr", hci_dev_info, bdaddr);
  SOCK_FIELD_AS(info, "flags", hci_dev_info, flags);
  SOCK_FIELD_AS(info, "type", hci_dev_info, type);
  SOCK_FIELD_AS(info, "features", hci_dev_info, features);
  SOCK_FIELD_AS(info, "pktType", hci_dev_info, pkt_type);
  SOCK_FIELD_AS(info, "linkPolicy", hci_dev_info, link_policy);
  SOCK_FIELD_AS(info, "linkMode", hci_dev_info, link_mode);
  SOCK_FIELD_AS(info, "aclMtu", hci_dev_info, acl_mtu);
  SOCK_FIELD_AS(info, "aclPkts", hci_dev_info, acl_pkts);
  SOCK_FIELD_AS(info, "scoMtu", hci_dev_info, sco_mtu);
  SOCK_FIELD_AS(info, "scoPkts", hci_dev_info, sco_pkts);
  SOCK_FIELD_AS(info, "stat", hci_dev_info, stat);
  l.Set("hciDevInfo", info);

  Napi::Object stats = sock::Struct(env, sizeof(hci_dev_stats));
  SOCK_FIELD_AS(stats, "errRx", hci_dev_stats, err_rx);
  SOCK_FIELD_AS(stats, "errTx", hci_dev_stats, err_tx);
  SOCK_FIELD_AS(stats, "cmdTx", hci_dev_stats, cmd_tx);
  SOCK_FIELD_AS(stats, "evtRx", hci_dev_stats, evt_rx);
  SOCK_FIELD_AS(stats, "aclTx", hci_dev_stats, acl_tx);
  SOCK_FIELD_AS(stats, "aclRx", hci_dev_stats, acl_rx);
  SOCK_FIELD_AS(stats, "scoTx", hci_dev_stats, sco_tx);
  SOCK_FIELD_AS(stats, "scoRx", hci_dev_stats, sco_rx);
  SOCK_FIELD_AS(stats, "byteRx", hci_dev_stats, byte_rx);
  SOCK_FIELD_AS(stats, "byteTx", hci_dev_stats, byte_tx);
  l.Set("hciDevStats", stats);

  l.Freeze();
  return l;
}

// The kernel refuses more than (2 * PAGE_SIZE) / sizeof(struct hci_dev_req)
// entries; 1024 is that bound for 4 KiB pages and far above HCI_MAX_DEV.
constexpr double kMaxDevList = 1024;

/**
 * hciGetDevList(fd, max): ioctl(HCIGETDEVLIST) with room for `max` devices.
 * Returns a flat array [devId, devOpt, devId, devOpt, ...] or -errno.
 */
Napi::Value HciGetDevList(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd = -1;
  double max = 0;
  if (!sock::ReadFd(info, 0, "fd", &fd) || !sock::ReadInteger(info, 1, "max", 1, kMaxDevList, &max)) return env.Undefined();
  size_t n = static_cast<size_t>(max);
  size_t bytes = offsetof(sockbt::hci_dev_list_req, dev_req) + n * sizeof(sockbt::hci_dev_req);
  std::vector<unsigned char> buf(bytes, 0);
  auto* req = reinterpret_cast<sockbt::hci_dev_list_req*>(buf.data());
  req->dev_num = static_cast<uint16_t>(n);
  if (ioctl(fd, HCIGETDEVLIST, buf.data()) < 0) return sock::Failure(env, errno);
  size_t got = req->dev_num;
  if (got > n) return sock::Failure(env, EPROTO);  // never more than asked for
  Napi::Array out = Napi::Array::New(env, got * 2);
  for (size_t i = 0; i < got; i++) {
    sockbt::hci_dev_req dr;
    std::memcpy(&dr, buf.data() + offsetof(sockbt::hci_dev_list_req, dev_req) + i * sizeof(dr), sizeof(dr));
    out.Set(static_cast<uint32_t>(i * 2), Napi::Number::New(env, dr.dev_id));
    out.Set(static_cast<uint32_t>(i * 2 + 1), Napi::Number::New(env, dr.dev_opt));
  }
  return out;
}

/** hciGetDevInfo(fd, devId): ioctl(HCIGETDEVINFO); the struct hci_dev_info bytes or -errno. */
Napi::Value HciGetDevInfo(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd = -1;
  double dev = 0;
  if (!sock::ReadFd(info, 0, "fd", &fd) || !sock::ReadInteger(info, 1, "devId", 0, 0xffff, &dev)) return env.Undefined();
  sockbt::hci_dev_info di;
  std::memset(&di, 0, sizeof(di));
  di.dev_id = static_cast<uint16_t>(dev);
  if (ioctl(fd, HCIGETDEVINFO, &di) < 0) return sock::Failure(env, errno);
  return Napi::Buffer<unsigned char>::Copy(env, reinterpret_cast<unsigned char*>(&di), sizeof(di));
}

/**
 * hciDevControl(fd, request, devId): HCIDEVUP, HCIDEVDOWN, HCIDEVRESET or
 * HCIDEVRESTAT, which take the device id itself as the argument. Any other
 * request is a RangeError. Returns 0 or -errno.
 */
Napi::Value HciDevControl(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd = -1;
  double request = 0;
  double dev = 0;
  if (!sock::ReadFd(info, 0, "fd", &fd) || !sock::ReadInteger(info, 1, "request", 0, 4294967295.0, &request) ||
      !sock::ReadInteger(info, 2, "devId", 0, 0xffff, &dev)) {
    return env.Undefined();
  }
  unsigned long req = static_cast<unsigned long>(request);
  if (req != HCIDEVUP && req != HCIDEVDOWN && req != HCIDEVRESET && req != HCIDEVRESTAT) {
    sock::ThrowOutOfRange(env, "request", "HCIDEVUP, HCIDEVDOWN, HCIDEVRESET or HCIDEVRESTAT", request);
    return env.Undefined();
  }
  return sock::Result(env, ioctl(fd, req, static_cast<unsigned long>(dev)));
}

/**
 * hciDevRequest(fd, request, devId, opt): the ioctls that take a struct
 * hci_dev_req (HCISETSCAN, HCISETAUTH, HCISETENCRYPT, HCISETPTYPE,
 * HCISETLINKPOL, HCISETLINKMODE, HCISETACLMTU, HCISETSCOMTU). Returns 0 or -errno.
 */
Napi::Value HciDevRequest(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd = -1;
  double request = 0;
  double dev = 0;
  double opt = 0;
  if (!sock::ReadFd(info, 0, "fd", &fd) || !sock::ReadInteger(info, 1, "request", 0, 4294967295.0, &request) ||
      !sock::ReadInteger(info, 2, "devId", 0, 0xffff, &dev) || !sock::ReadInteger(info, 3, "opt", 0, 4294967295.0, &opt)) {
    return env.Undefined();
  }
  unsigned long req = static_cast<unsigned long>(request);
  if (req != HCISETSCAN && req != HCISETAUTH && req != HCISETENCRYPT && req != HCISETPTYPE && req != HCISETLINKPOL &&
      req != HCISETLINKMODE && req != HCISETACLMTU && req != HCISETSCOMTU) {
    sock::ThrowOutOfRange(env, "request", "one of the HCISET* ioctls that take a struct hci_dev_req", request);
    return env.Undefined();
  }
  sockbt::hci_dev_req dr;
  std::memset(&dr, 0, sizeof(dr));
  dr.dev_id = static_cast<uint16_t>(dev);
  dr.dev_opt = static_cast<uint32_t>(opt);
  return sock::Result(env, ioctl(fd, req, &dr));
}

#endif  // SOCK_BLUETOOTH_ABI

}  // namespace

// The generated emitter comes last (see <sock/constants.h>).
#include <sock/constants.h>

#include "constants.generated.h"

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  Napi::Object constants = Napi::Object::New(env);
  sock::ConstantSink sink(constants);
  AddGeneratedConstants(sink);
  constants.Freeze();
  exports.Set("constants", constants);
#ifdef SOCK_BLUETOOTH_ABI
  exports.Set("layout", Layout(env));
  exports.Set("hciGetDevList", Napi::Function::New(env, HciGetDevList, "hciGetDevList"));
  exports.Set("hciGetDevInfo", Napi::Function::New(env, HciGetDevInfo, "hciGetDevInfo"));
  exports.Set("hciDevControl", Napi::Function::New(env, HciDevControl, "hciDevControl"));
  exports.Set("hciDevRequest", Napi::Function::New(env, HciDevRequest, "hciDevRequest"));
#else
  exports.Set("layout", Napi::Object::New(env));
#endif
  return exports;
}

}  // namespace

NODE_API_MODULE(sock_bluetooth, Init)
