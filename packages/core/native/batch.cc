// Batched receive: recvmmsg(2) into caller-owned slabs, one syscall for
// every message the kernel has queued (up to `count`). Where the platform
// lacks recvmmsg, the same contract is kept with recvmsg(2) in a loop whose
// later calls add MSG_DONTWAIT. Batched send, sendmmsg(2), takes every
// message from one data slab, each with its own destination (or none); where
// the platform lacks it, sendmsg(2) in a loop that stops at the first refusal.
#include <errno.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/uio.h>

#include <napi.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <sock/args.h>
#include <sock/result.h>

namespace sockcore {
namespace {

using namespace ::sock;

#if defined(__linux__) || defined(__FreeBSD__) || defined(__NetBSD__)
#define SOCK_CORE_HAVE_RECVMMSG 1
#define SOCK_CORE_HAVE_SENDMMSG 1
using BatchMsg = mmsghdr;
#else
struct BatchMsg {
  msghdr msg_hdr;
  unsigned int msg_len;
};
#endif

/** The most messages one call takes (UIO_MAXIOV, the kernel's own cap for recvmmsg). */
constexpr size_t kBatchMax = 1024;

bool Product(size_t a, size_t b, size_t* out) {
  if (a != 0 && b > SIZE_MAX / a) return false;
  *out = a * b;
  return true;
}

/** A view that must hold `count` slots of `each` bytes; `name` for the error. */
bool CheckSlab(napi_env env, const ByteView& view, size_t count, size_t each, const char* name) {
  size_t need = 0;
  if (!Product(count, each, &need) || view.length < need) {
    ThrowRangeError(env, std::string("The \"") + name + "\" buffer is too small for count slots of its size");
    return false;
  }
  return true;
}

/**
 * recvmmsg(fd, data, size, count, control|null, controlSize, addrs, addrSize, flags, meta)
 *
 * Message i lands in data[i*size, (i+1)*size), its control data in
 * control[i*controlSize, ...), its sender in addrs[i*addrSize, ...).
 * `meta` (an Int32Array of at least 4*count elements) receives, per message,
 * [bytes received, msg_namelen, msg_flags, msg_controllen]. Returns the
 * number of messages (>= 1), or -errno (-EAGAIN when nothing is queued on a
 * non-blocking fd). On a blocking fd it waits for the first message only
 * (MSG_WAITFORONE), never for all `count`.
 */
Napi::Value Recvmmsg(const Napi::CallbackInfo& info) {
  napi_env env = info.Env();
  int fd, flags;
  size_t size, count, controlSize, addrSize;
  ByteView data, control, addrs, meta;
  bool haveControl = false;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadView(info, 1, "data", &data) || !ReadSize(info, 2, "size", &size) ||
      !ReadSize(info, 3, "count", &count) || !ReadOptionalView(info, 4, "control", &control, &haveControl) ||
      !ReadSize(info, 5, "controlSize", &controlSize) || !ReadView(info, 6, "addrs", &addrs) ||
      !ReadSize(info, 7, "addrSize", &addrSize) || !ReadInt32(info, 8, "flags", &flags) || !ReadView(info, 9, "meta", &meta)) {
    return {};
  }
  if (count < 1 || count > kBatchMax) {
    ThrowOutOfRange(env, "count", ">= 1 && <= 1024", static_cast<double>(count));
    return {};
  }
  if (size > INT32_MAX || controlSize > INT32_MAX || addrSize > INT32_MAX) {
    ThrowOutOfRange(env, "size", "<= 2147483647", static_cast<double>(size));
    return {};
  }
  if (!haveControl) controlSize = 0;
  if (!CheckSlab(env, data, count, size, "data") || !CheckSlab(env, control, count, controlSize, "control") ||
      !CheckSlab(env, addrs, count, addrSize, "addrs") || !CheckSlab(env, meta, count, 4 * sizeof(int32_t), "meta")) {
    return {};
  }
  static thread_local std::vector<iovec> iov;
  static thread_local std::vector<BatchMsg> msgs;
  iov.resize(count);
  msgs.resize(count);
  for (size_t i = 0; i < count; i++) {
    iov[i].iov_base = data.data + i * size;
    iov[i].iov_len = size;
    msghdr& h = msgs[i].msg_hdr;
    h = msghdr{};
    h.msg_iov = &iov[i];
    h.msg_iovlen = 1;
    h.msg_name = addrSize > 0 ? addrs.data + i * addrSize : nullptr;
    h.msg_namelen = static_cast<socklen_t>(addrSize);
    h.msg_control = controlSize > 0 ? control.data + i * controlSize : nullptr;
    h.msg_controllen = static_cast<decltype(h.msg_controllen)>(controlSize);
    msgs[i].msg_len = 0;
  }
  int n;
#ifdef SOCK_CORE_HAVE_RECVMMSG
  // MSG_WAITFORONE: on a blocking fd, wait for the first message only, as the loop below does.
  n = ::recvmmsg(fd, msgs.data(), static_cast<unsigned int>(count), flags | MSG_WAITFORONE, nullptr);
  if (n < 0) return Result(env, -1);
#else
  n = 0;
  for (size_t i = 0; i < count; i++) {
    ssize_t r = ::recvmsg(fd, &msgs[i].msg_hdr, i == 0 ? flags : flags | MSG_DONTWAIT);
    if (r < 0) {
      if (i == 0) return Result(env, -1);
      break;
    }
    msgs[i].msg_len = static_cast<unsigned int>(r);
    n++;
  }
#endif
  for (int i = 0; i < n; i++) {
    const msghdr& h = msgs[i].msg_hdr;
    const int32_t row[4] = {static_cast<int32_t>(msgs[i].msg_len), static_cast<int32_t>(h.msg_namelen),
                            static_cast<int32_t>(h.msg_flags), static_cast<int32_t>(h.msg_controllen)};
    std::memcpy(meta.data + static_cast<size_t>(i) * sizeof row, row, sizeof row);
  }
  return Napi::Number::New(env, n);
}

/** Element i of an Int32Array-shaped view (the view may be unaligned: read through memcpy). */
int32_t Int32At(const ByteView& view, size_t i) {
  int32_t v;
  std::memcpy(&v, view.data + i * sizeof v, sizeof v);
  return v;
}

/**
 * sendmmsg(fd, data, lengths, count, addrs|null, addrLens|null, flags)
 *
 * Message i is the next lengths[i] bytes of `data` (messages lie end to end
 * from offset 0); its destination is the next addrLens[i] bytes of `addrs`
 * (0: none, for a connected socket). `lengths` and `addrLens` are Int32Arrays
 * of at least `count` elements; every length and every running offset is
 * checked against the views given. Returns how many messages the kernel took
 * (the first n; a later message's error is the next call's to see), 0 for
 * count 0 without a syscall, or -errno when it took none.
 */
Napi::Value Sendmmsg(const Napi::CallbackInfo& info) {
  napi_env env = info.Env();
  int fd, flags;
  size_t count;
  ByteView data, lengths, addrs, addrLens;
  bool haveAddrs = false, haveAddrLens = false;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadView(info, 1, "data", &data) || !ReadView(info, 2, "lengths", &lengths) ||
      !ReadSize(info, 3, "count", &count) || !ReadOptionalView(info, 4, "addrs", &addrs, &haveAddrs) ||
      !ReadOptionalView(info, 5, "addrLens", &addrLens, &haveAddrLens) || !ReadInt32(info, 6, "flags", &flags)) {
    return {};
  }
  if (count > kBatchMax) {
    ThrowOutOfRange(env, "count", ">= 0 && <= 1024", static_cast<double>(count));
    return {};
  }
  if (haveAddrs != haveAddrLens) {
    ThrowRangeError(env, "The \"addrs\" and \"addrLens\" arguments must both be given or both be null");
    return {};
  }
  if (!CheckSlab(env, lengths, count, sizeof(int32_t), "lengths") ||
      (haveAddrLens && !CheckSlab(env, addrLens, count, sizeof(int32_t), "addrLens"))) {
    return {};
  }
  if (count == 0) return Napi::Number::New(env, 0);
  static thread_local std::vector<iovec> iov;
  static thread_local std::vector<BatchMsg> msgs;
  iov.resize(count);
  msgs.resize(count);
  size_t off = 0, addrOff = 0;
  for (size_t i = 0; i < count; i++) {
    const int32_t len = Int32At(lengths, i);
    if (len < 0 || static_cast<size_t>(len) > data.length - off) {
      ThrowRangeError(env, "The \"lengths\" run past the end of the \"data\" buffer (message " + std::to_string(i) + ")");
      return {};
    }
    iov[i].iov_base = data.data + off;
    iov[i].iov_len = static_cast<size_t>(len);
    off += static_cast<size_t>(len);
    msghdr& h = msgs[i].msg_hdr;
    h = msghdr{};
    h.msg_iov = &iov[i];
    h.msg_iovlen = 1;
    if (haveAddrs) {
      const int32_t alen = Int32At(addrLens, i);
      if (alen < 0 || static_cast<size_t>(alen) > sizeof(sockaddr_storage) || static_cast<size_t>(alen) > addrs.length - addrOff) {
        ThrowRangeError(env, "The \"addrLens\" run past the end of the \"addrs\" buffer or exceed a sockaddr (message " + std::to_string(i) + ")");
        return {};
      }
      h.msg_name = alen > 0 ? addrs.data + addrOff : nullptr;
      h.msg_namelen = static_cast<socklen_t>(alen);
      addrOff += static_cast<size_t>(alen);
    }
    msgs[i].msg_len = 0;
  }
  int n;
#ifdef SOCK_CORE_HAVE_SENDMMSG
  n = ::sendmmsg(fd, msgs.data(), static_cast<unsigned int>(count), flags);
  if (n < 0) return Result(env, -1);
#else
  n = 0;
  for (size_t i = 0; i < count; i++) {
    ssize_t r = ::sendmsg(fd, &msgs[i].msg_hdr, flags);
    if (r < 0) {
      if (i == 0) return Result(env, -1);
      break;
    }
    n++;
  }
#endif
  return Napi::Number::New(env, n);
}

}  // namespace

void InitBatch(Napi::Env env, Napi::Object exports) {
  exports.Set("recvmmsg", Napi::Function::New<Recvmmsg>(env, "recvmmsg"));
  exports.Set("sendmmsg", Napi::Function::New<Sendmmsg>(env, "sendmmsg"));
}

}  // namespace sockcore
