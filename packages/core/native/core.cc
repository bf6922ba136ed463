// @sock/core's addon: the generic socket syscalls of NativeBinding
// (src/native.ts is the contract). Each entry point is one syscall; a failed
// syscall returns -errno (<sock/result.h>), argument errors throw
// (<sock/args.h>), secondary results go to the instance's `out` Int32Array.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <net/if.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#if __has_include(<linux/filter.h>)
#include <linux/filter.h>
#endif
#include <sys/types.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/sendfile.h>
#endif

#include <napi.h>
#include <uv.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <memory>
#include <string>

#include <sock/args.h>
#include <sock/constants.h>
#include <sock/layout.h>
#include <sock/result.h>

#include "constants.generated.h"
#include "env.h"
#include "kit.h"
#include "poller.h"

// Every platform that defines SOCK_CLOEXEC/SOCK_NONBLOCK also has accept4
// (Linux, FreeBSD, NetBSD, OpenBSD, DragonFly, illumos); macOS has neither.
#if defined(SOCK_CLOEXEC) && defined(SOCK_NONBLOCK)
#define SOCK_CORE_HAVE_SOCK_FLAGS 1
#endif

namespace sockcore {

/** Adds recvmmsg (batch.cc). */
void InitBatch(Napi::Env env, Napi::Object exports);

namespace {

using namespace ::sock;

#if defined(IOV_MAX)
constexpr size_t kIovMax = IOV_MAX;
#elif defined(UIO_MAXIOV)
constexpr size_t kIovMax = UIO_MAXIOV;
#else
constexpr size_t kIovMax = 1024;
#endif

/** CPython's SOCKLEN_T_LIMIT: socklen_t's maximum, bounded by INT_MAX. */
constexpr uint64_t kSocklenMax = std::min<uint64_t>(INT_MAX, std::numeric_limits<socklen_t>::max());

/** The most one sendfile(2) call moves on Linux (MAX_RW_COUNT). */
constexpr size_t kSendfileMax = 0x7ffff000;

constexpr size_t kOutLength = 4;

static_assert(AF_UNSPEC == 0, "clearing sa_family to AF_UNSPEC writes zero bytes");

/**
 * Per-env state, kept with napi_set_instance_data. `slots` points into the
 * ArrayBuffer behind `out`, which `buffer` keeps alive; it is written only
 * while that ArrayBuffer is not detached.
 */
struct AddonData {
  Napi::Reference<Napi::ArrayBuffer> buffer;
  int32_t* slots = nullptr;
  /** The fds this env's sockets own (env.h). */
  std::shared_ptr<EnvFds> fds;
};

/** This env's fd registry, or nullptr. */
EnvFds* FdsOf(napi_env env) {
  auto* data = Napi::Env(env).GetInstanceData<AddonData>();
  return data != nullptr ? data->fds.get() : nullptr;
}

/**
 * Writes values to out[0..n). Dropped if JS has detached out.buffer (a
 * transfer). Checking detachment is cheaper than resolving the typed array
 * on every call, and the syscalls that report through `out` are hot.
 */
void SetOut(napi_env env, std::initializer_list<int32_t> values) {
  auto* data = Napi::Env(env).GetInstanceData<AddonData>();
  if (data == nullptr || data->slots == nullptr) return;
  napi_value buffer = data->buffer.Value();
  bool detached = true;
  if (buffer == nullptr || napi_is_detached_arraybuffer(env, buffer, &detached) != napi_ok || detached) return;
  size_t i = 0;
  for (int32_t value : values) {
    if (i >= kOutLength) break;
    data->slots[i++] = value;
  }
}

Napi::Value SysResult(napi_env env, ssize_t rc) { return Result(env, rc); }

Napi::Value NumberResult(napi_env env, double value) { return Napi::Number::New(env, value); }

// ---------------------------------------------------------------------------
// Argument shapes specific to sockets

/** A sockaddr argument: its bytes as given, at most sizeof(struct sockaddr_storage). */
bool ReadSockaddr(const Napi::CallbackInfo& info, size_t index, const char* name, ByteView* out) {
  if (!ReadView(info, index, name, out)) return false;
  if (out->length <= sizeof(sockaddr_storage)) return true;
  ThrowOutOfRange(info.Env(), std::string(name) + ".byteLength", "<= " + std::to_string(sizeof(sockaddr_storage)),
                  static_cast<double>(out->length));
  return false;
}

/**
 * The address pointer bind(2)/connect(2) get: never NULL, even for an empty
 * view (which may have no backing store). Linux reads nothing for a length
 * of 0 whatever the pointer, so the result is the same (the family's EINVAL),
 * but qemu-arm's bind(fd, NULL, 0) aborts the emulator. Not for sendto(2),
 * where a NULL address means "the connected peer".
 */
sockaddr* AddressOf(const ByteView& addr) {
  static thread_local sockaddr_storage empty;
  return addr.length > 0 ? reinterpret_cast<sockaddr*>(addr.data) : reinterpret_cast<sockaddr*>(&empty);
}

/** Like ReadSockaddr; null/undefined or an empty view mean "no address". */
bool ReadOptionalSockaddr(const Napi::CallbackInfo& info, size_t index, const char* name, ByteView* out) {
  bool present = false;
  if (!ReadOptionalView(info, index, name, out, &present)) return false;
  if (!present) *out = ByteView{};
  if (out->length <= sizeof(sockaddr_storage)) return true;
  ThrowOutOfRange(info.Env(), std::string(name) + ".byteLength", "<= " + std::to_string(sizeof(sockaddr_storage)),
                  static_cast<double>(out->length));
  return false;
}

/**
 * The caller's buffer for a returned address: at most
 * sizeof(sockaddr_storage) bytes of it are offered to the kernel, and its
 * sa_family is cleared to AF_UNSPEC first (as CPython does) so that a call
 * that returns no address leaves no stale family behind. An empty buffer is
 * replaced by `scratch` so no platform sees a NULL address pointer.
 */
struct AddrBuf {
  sockaddr_storage scratch;
  sockaddr* addr = nullptr;
  socklen_t len = 0;
};

bool ReadAddrBuf(const Napi::CallbackInfo& info, size_t index, AddrBuf* out) {
  ByteView view;
  if (!ReadView(info, index, "addrBuf", &view)) return false;
  constexpr size_t kFamilyOffset = offsetof(struct sockaddr, sa_family);
  constexpr size_t kFamilySize = sizeof(sockaddr::sa_family);
  size_t len = std::min(view.length, sizeof(sockaddr_storage));
  if (len >= kFamilyOffset + kFamilySize) memset(view.data + kFamilyOffset, 0, kFamilySize);
  out->addr = len > 0 ? reinterpret_cast<sockaddr*>(view.data) : reinterpret_cast<sockaddr*>(&out->scratch);
  out->len = static_cast<socklen_t>(len);
  return true;
}

/** poll(2)'s timeout: negative means forever (-1), fractions round up, capped at INT_MAX. */
bool ReadTimeoutMs(const Napi::CallbackInfo& info, size_t index, int* out) {
  napi_env env = info.Env();
  napi_value value = info[index];
  napi_valuetype type = napi_undefined;
  if (napi_typeof(env, value, &type) != napi_ok || type != napi_number) {
    ThrowArgType(env, "timeoutMs", "of type number", value);
    return false;
  }
  double ms = 0;
  napi_get_value_double(env, value, &ms);
  if (std::isnan(ms)) {
    ThrowOutOfRange(env, "timeoutMs", "a number", ms);
    return false;
  }
  if (ms < 0) {
    *out = -1;
  } else if (ms >= static_cast<double>(INT_MAX)) {
    *out = INT_MAX;
  } else {
    *out = static_cast<int>(std::ceil(ms));
  }
  return true;
}

/** Storage for up to N items on the stack, more on the heap. */
template <typename T, size_t N>
class SmallArray {
 public:
  SmallArray() = default;
  SmallArray(const SmallArray&) = delete;
  SmallArray& operator=(const SmallArray&) = delete;

  /** Makes room for n items; their values are unspecified. */
  void Reserve(size_t n) {
    if (n <= N) return;
    heap_.reset(new T[n]);
    data_ = heap_.get();
  }
  T& operator[](size_t i) { return data_[i]; }
  T* data() { return data_; }

 private:
  T inline_[N];
  std::unique_ptr<T[]> heap_;
  T* data_ = inline_;
};

enum class IovStatus { kOk, kThrown, kTooMany };

/**
 * The iovecs of a `buffers` argument (a JS Array of ArrayBufferViews; empty
 * is allowed). More than IOV_MAX elements is not an argument error: the
 * caller gets -EMSGSIZE, what Linux's sendmsg/recvmsg report for that (and
 * what Python raises as OSError). Every element is fetched before any view is
 * resolved, since an accessor on the array could run JS that detaches a
 * buffer resolved earlier.
 */
IovStatus ReadIovecs(napi_env env, napi_value array, SmallArray<iovec, 8>* iov, size_t* count) {
  bool isArray = false;
  if (napi_is_array(env, array, &isArray) != napi_ok || !isArray) {
    ThrowArgType(env, "buffers", "an instance of Array", array);
    return IovStatus::kThrown;
  }
  uint32_t n = 0;
  napi_get_array_length(env, array, &n);
  if (n > kIovMax) return IovStatus::kTooMany;
  SmallArray<napi_value, 8> elements;
  elements.Reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    if (napi_get_element(env, array, i, &elements[i]) != napi_ok) return IovStatus::kThrown;
  }
  iov->Reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    ByteView view;
    if (!ViewBytes(env, elements[i], &view)) {
      ThrowArgType(env, "buffers[" + std::to_string(i) + "]", kViewTypes, elements[i]);
      return IovStatus::kThrown;
    }
    (*iov)[i].iov_base = view.data;
    (*iov)[i].iov_len = view.length;
  }
  *count = n;
  return IovStatus::kOk;
}

// ---------------------------------------------------------------------------
// fd flags

/** fcntl(getCmd/setCmd): turns `flag` on or off, writing only when it changes. 0 or -errno. */
int UpdateFlag(int fd, int getCmd, int setCmd, int flag, bool on) {
  int flags = fcntl(fd, getCmd);
  if (flags < 0) return -errno;
  int next = on ? (flags | flag) : (flags & ~flag);
  if (next == flags) return 0;
  return fcntl(fd, setCmd, next) < 0 ? -errno : 0;
}

/** Makes a new fd close-on-exec and non-blocking, closing it on failure. fd or -errno. */
[[maybe_unused]] int AdoptNewFd(int fd) {
  int err = UpdateFlag(fd, F_GETFD, F_SETFD, FD_CLOEXEC, true);
  if (err == 0) err = UpdateFlag(fd, F_GETFL, F_SETFL, O_NONBLOCK, true);
  if (err == 0) return fd;
  ::close(fd);
  return err;
}

int OpenSocket(int family, int type, int proto) {
#ifdef SOCK_CORE_HAVE_SOCK_FLAGS
  int fd = ::socket(family, type | SOCK_CLOEXEC | SOCK_NONBLOCK, proto);
  return fd < 0 ? -errno : fd;
#else
  int fd = ::socket(family, type, proto);
  return fd < 0 ? -errno : AdoptNewFd(fd);
#endif
}

int OpenSocketPair(int family, int type, int proto, int fds[2]) {
#ifdef SOCK_CORE_HAVE_SOCK_FLAGS
  return ::socketpair(family, type | SOCK_CLOEXEC | SOCK_NONBLOCK, proto, fds) < 0 ? -errno : 0;
#else
  if (::socketpair(family, type, proto, fds) < 0) return -errno;
  int err = AdoptNewFd(fds[0]);
  if (err < 0) {
    ::close(fds[1]);
    return err;
  }
  err = AdoptNewFd(fds[1]);
  if (err < 0) {
    ::close(fds[0]);
    return err;
  }
  return 0;
#endif
}

int AcceptConnection(int fd, sockaddr* addr, socklen_t* len) {
#ifdef SOCK_CORE_HAVE_SOCK_FLAGS
  int conn = ::accept4(fd, addr, len, SOCK_CLOEXEC | SOCK_NONBLOCK);
  return conn < 0 ? -errno : conn;
#else
  int conn = ::accept(fd, addr, len);
  return conn < 0 ? -errno : AdoptNewFd(conn);
#endif
}

// ---------------------------------------------------------------------------
// Entry points

/** socket(2) with SOCK_CLOEXEC|SOCK_NONBLOCK (socket + fcntl where those flags do not exist). fd or -errno. */
Napi::Value Socket(const Napi::CallbackInfo& info) {
  int family, type, proto;
  if (!ReadInt32(info, 0, "family", &family) || !ReadInt32(info, 1, "type", &type) ||
      !ReadInt32(info, 2, "proto", &proto)) {
    return {};
  }
  return NumberResult(info.Env(), OpenSocket(family, type, proto));
}

/** socketpair(2) with SOCK_CLOEXEC|SOCK_NONBLOCK. 0 with the fds in out[0], out[1], or -errno. */
Napi::Value SocketPair(const Napi::CallbackInfo& info) {
  int family, type, proto;
  if (!ReadInt32(info, 0, "family", &family) || !ReadInt32(info, 1, "type", &type) ||
      !ReadInt32(info, 2, "proto", &proto)) {
    return {};
  }
  int fds[2] = {-1, -1};
  int rc = OpenSocketPair(family, type, proto, fds);
  if (rc == 0) SetOut(info.Env(), {fds[0], fds[1]});
  return NumberResult(info.Env(), rc);
}

/** bind(2) to the sockaddr bytes of addr. 0 or -errno. */
Napi::Value Bind(const Napi::CallbackInfo& info) {
  int fd;
  ByteView addr;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadSockaddr(info, 1, "addr", &addr)) return {};
  return SysResult(info.Env(), ::bind(fd, AddressOf(addr), static_cast<socklen_t>(addr.length)));
}

/** connect(2); -EINPROGRESS is the ordinary result on a non-blocking stream socket. */
Napi::Value Connect(const Napi::CallbackInfo& info) {
  int fd;
  ByteView addr;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadSockaddr(info, 1, "addr", &addr)) return {};
  return SysResult(info.Env(),
                   ::connect(fd, AddressOf(addr), static_cast<socklen_t>(addr.length)));
}

/** listen(2). The backlog is passed as given (Python clamps negatives to 0 in TS). */
Napi::Value Listen(const Napi::CallbackInfo& info) {
  int fd, backlog;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadInt32(info, 1, "backlog", &backlog)) return {};
  return SysResult(info.Env(), ::listen(fd, backlog));
}

/**
 * accept4(2) with SOCK_CLOEXEC|SOCK_NONBLOCK (accept + fcntl without accept4).
 * The new fd, or -errno; the peer address goes to addrBuf and the kernel's
 * address length (possibly more than addrBuf holds) to out[0].
 */
Napi::Value Accept(const Napi::CallbackInfo& info) {
  int fd;
  AddrBuf addr;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadAddrBuf(info, 1, &addr)) return {};
  int conn = AcceptConnection(fd, addr.addr, &addr.len);
  if (conn >= 0) SetOut(info.Env(), {static_cast<int32_t>(addr.len)});
  return NumberResult(info.Env(), conn);
}

/** accept4(2) with a NULL address (AF_ALG refuses any other). The new fd or -errno. */
Napi::Value AcceptNoAddr(const Napi::CallbackInfo& info) {
  int fd;
  if (!ReadFd(info, 0, "fd", &fd)) return {};
  return NumberResult(info.Env(), AcceptConnection(fd, nullptr, nullptr));
}

/** shutdown(2). 0 or -errno. */
Napi::Value Shutdown(const Napi::CallbackInfo& info) {
  int fd, how;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadInt32(info, 1, "how", &how)) return {};
  return SysResult(info.Env(), ::shutdown(fd, how));
}

/**
 * close(2), never retried: on EINTR Linux has released the fd already, so
 * EINTR counts as success. A Poller still open on fd in this thread is closed
 * first (libuv aborts when it finds a closed fd it watches). 0 or -errno.
 */
Napi::Value Close(const Napi::CallbackInfo& info) {
  int fd;
  if (!ReadFd(info, 0, "fd", &fd)) return {};
  if (fd >= 0) {
    ClosePollerOnFd(fd);
    DisownFd(FdsOf(info.Env()), fd);
  }
  int rc = ::close(fd);
  return NumberResult(info.Env(), rc < 0 && errno != EINTR ? -errno : 0);
}

/**
 * Records that a socket of this env owns fd: the env's cleanup closes it if
 * it is still open when the env ends (a worker that exits or is terminated).
 */
Napi::Value Own(const Napi::CallbackInfo& info) {
  int fd;
  if (!ReadFd(info, 0, "fd", &fd)) return {};
  OwnFd(FdsOf(info.Env()), fd);
  return {};
}

/** Forgets an owned fd without closing it (detach). */
Napi::Value Disown(const Napi::CallbackInfo& info) {
  int fd;
  if (!ReadFd(info, 0, "fd", &fd)) return {};
  DisownFd(FdsOf(info.Env()), fd);
  return {};
}

/** fcntl(F_DUPFD_CLOEXEC, 0) (F_DUPFD + FD_CLOEXEC where it is missing). The new fd or -errno. */
Napi::Value Dup(const Napi::CallbackInfo& info) {
  int fd;
  if (!ReadFd(info, 0, "fd", &fd)) return {};
#ifdef F_DUPFD_CLOEXEC
  return SysResult(info.Env(), fcntl(fd, F_DUPFD_CLOEXEC, 0));
#else
  int copy = fcntl(fd, F_DUPFD, 0);
  if (copy < 0) return SysResult(info.Env(), copy);
  int err = UpdateFlag(copy, F_GETFD, F_SETFD, FD_CLOEXEC, true);
  if (err < 0) ::close(copy);
  return NumberResult(info.Env(), err < 0 ? err : copy);
#endif
}

/** fcntl(F_GETFD): 1 when FD_CLOEXEC is clear (inheritable), 0 when set, or -errno. */
Napi::Value GetInheritable(const Napi::CallbackInfo& info) {
  int fd;
  if (!ReadFd(info, 0, "fd", &fd)) return {};
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0) return SysResult(info.Env(), flags);
  return NumberResult(info.Env(), (flags & FD_CLOEXEC) ? 0 : 1);
}

/** fcntl(F_GETFD/F_SETFD) on FD_CLOEXEC. 0 or -errno. */
Napi::Value SetInheritable(const Napi::CallbackInfo& info) {
  int fd;
  bool inheritable;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadBool(info, 1, "inheritable", &inheritable)) return {};
  return NumberResult(info.Env(), UpdateFlag(fd, F_GETFD, F_SETFD, FD_CLOEXEC, !inheritable));
}

/** fcntl(F_GETFL): 1 when O_NONBLOCK is set, 0 when clear, or -errno. */
Napi::Value GetNonblocking(const Napi::CallbackInfo& info) {
  int fd;
  if (!ReadFd(info, 0, "fd", &fd)) return {};
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0) return SysResult(info.Env(), flags);
  return NumberResult(info.Env(), (flags & O_NONBLOCK) ? 1 : 0);
}

/** fcntl(F_GETFL/F_SETFL) on O_NONBLOCK. 0 or -errno. */
Napi::Value SetNonblocking(const Napi::CallbackInfo& info) {
  int fd;
  bool nonblocking;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadBool(info, 1, "nonblocking", &nonblocking)) return {};
  return NumberResult(info.Env(), UpdateFlag(fd, F_GETFL, F_SETFL, O_NONBLOCK, nonblocking));
}

using NameGetter = int (*)(int, sockaddr*, socklen_t*);

/** getsockname/getpeername into addrBuf: the kernel's address length (also in out[0]) or -errno. */
Napi::Value GetName(const Napi::CallbackInfo& info, NameGetter getter) {
  int fd;
  AddrBuf addr;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadAddrBuf(info, 1, &addr)) return {};
  if (getter(fd, addr.addr, &addr.len) < 0) return SysResult(info.Env(), -1);
  SetOut(info.Env(), {static_cast<int32_t>(addr.len)});
  return NumberResult(info.Env(), addr.len);
}

/** getsockname(2); see GetName. */
Napi::Value GetSockName(const Napi::CallbackInfo& info) { return GetName(info, ::getsockname); }

/** getpeername(2); see GetName. */
Napi::Value GetPeerName(const Napi::CallbackInfo& info) { return GetName(info, ::getpeername); }

/** getsockopt(2) of an int option: 0 with the value in out[0], or -errno. */
Napi::Value GetSockOptInt(const Napi::CallbackInfo& info) {
  int fd, level, name;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadInt32(info, 1, "level", &level) || !ReadInt32(info, 2, "name", &name)) {
    return {};
  }
  int value = 0;
  socklen_t len = sizeof value;
  if (::getsockopt(fd, level, name, &value, &len) < 0) return SysResult(info.Env(), -1);
  SetOut(info.Env(), {value});
  return NumberResult(info.Env(), 0);
}

/** getsockopt(2) into buf[0, buflen): the optlen the kernel returned, or -errno. */
Napi::Value GetSockOptBytes(const Napi::CallbackInfo& info) {
  int fd, level, name;
  ByteView buf;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadInt32(info, 1, "level", &level) || !ReadInt32(info, 2, "name", &name) ||
      !ReadView(info, 3, "buf", &buf)) {
    return {};
  }
  double buflen = 0;
  double limit = static_cast<double>(std::min<uint64_t>(buf.length, kSocklenMax));
  if (!ReadInteger(info, 4, "buflen", 0, limit, &buflen)) return {};
  socklen_t len = static_cast<socklen_t>(buflen);
  if (IsGetFilter(level, name)) return SysResult(info.Env(), GetFilterInto(fd, buf.data, len));
  if (::getsockopt(fd, level, name, buf.data, &len) < 0) return SysResult(info.Env(), -1);
  return NumberResult(info.Env(), len);
}

/** setsockopt(2) of an int option (an int32). 0 or -errno. */
Napi::Value SetSockOptInt(const Napi::CallbackInfo& info) {
  int fd, level, name, value;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadInt32(info, 1, "level", &level) || !ReadInt32(info, 2, "name", &name) ||
      !ReadInt32(info, 3, "value", &value)) {
    return {};
  }
  return SysResult(info.Env(), ::setsockopt(fd, level, name, &value, sizeof value));
}

/**
 * setsockopt(2) with the bytes of buf (optlen = buf.byteLength; the optlen
 * argument is then ignored and not checked). With buf null, optval is NULL
 * and optlen (0..socklenMax) is passed alone, as AF_ALG's
 * ALG_SET_AEAD_AUTHSIZE wants. 0 or -errno.
 */
Napi::Value SetSockOptBytes(const Napi::CallbackInfo& info) {
  int fd, level, name;
  ByteView buf;
  bool present = false;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadInt32(info, 1, "level", &level) || !ReadInt32(info, 2, "name", &name) ||
      !ReadOptionalView(info, 3, "buf", &buf, &present)) {
    return {};
  }
  double optlen = static_cast<double>(buf.length);
  if (!present && !ReadInteger(info, 4, "optlen", 0, static_cast<double>(kSocklenMax), &optlen)) return {};
  if (present && buf.length > kSocklenMax) {
    ThrowOutOfRange(info.Env(), "buf.byteLength", "<= " + std::to_string(kSocklenMax), optlen);
    return {};
  }
  return SysResult(info.Env(), ::setsockopt(fd, level, name, present ? buf.data : nullptr,
                                            static_cast<socklen_t>(optlen)));
}

/** send(2) of buf[offset, offset + length): bytes sent or -errno. */
Napi::Value Send(const Napi::CallbackInfo& info) {
  int fd, flags;
  ByteView buf, window;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadView(info, 1, "buf", &buf) || !ReadWindow(info, 2, buf, &window) ||
      !ReadInt32(info, 4, "flags", &flags)) {
    return {};
  }
  return SysResult(info.Env(), ::send(fd, window.data, window.length, flags));
}

/** sendto(2) of buf[offset, offset + length) to the sockaddr bytes of addr: bytes sent or -errno. */
Napi::Value SendTo(const Napi::CallbackInfo& info) {
  int fd, flags;
  ByteView buf, window, addr;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadView(info, 1, "buf", &buf) || !ReadWindow(info, 2, buf, &window) ||
      !ReadInt32(info, 4, "flags", &flags) || !ReadSockaddr(info, 5, "addr", &addr)) {
    return {};
  }
  return SysResult(info.Env(), ::sendto(fd, window.data, window.length, flags, reinterpret_cast<sockaddr*>(addr.data),
                                        static_cast<socklen_t>(addr.length)));
}

/** recv(2) into buf[offset, offset + length): bytes received or -errno. */
Napi::Value Recv(const Napi::CallbackInfo& info) {
  int fd, flags;
  ByteView buf, window;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadView(info, 1, "buf", &buf) || !ReadWindow(info, 2, buf, &window) ||
      !ReadInt32(info, 4, "flags", &flags)) {
    return {};
  }
  return SysResult(info.Env(), ::recv(fd, window.data, window.length, flags));
}

/**
 * recvfrom(2) into buf[offset, offset + length): bytes received or -errno;
 * the sender's address goes to addrBuf, the kernel's address length to out[0].
 */
Napi::Value RecvFrom(const Napi::CallbackInfo& info) {
  int fd, flags;
  ByteView buf, window;
  AddrBuf addr;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadView(info, 1, "buf", &buf) || !ReadWindow(info, 2, buf, &window) ||
      !ReadInt32(info, 4, "flags", &flags) || !ReadAddrBuf(info, 5, &addr)) {
    return {};
  }
  ssize_t n = ::recvfrom(fd, window.data, window.length, flags, addr.addr, &addr.len);
  if (n < 0) return SysResult(info.Env(), n);
  SetOut(info.Env(), {static_cast<int32_t>(addr.len)});
  return NumberResult(info.Env(), static_cast<double>(n));
}

/** The control-buffer argument of sendmsg/recvmsg: null (none) or a view of at most socklenMax bytes. */
bool ReadControl(const Napi::CallbackInfo& info, size_t index, ByteView* out) {
  bool present = false;
  if (!ReadOptionalView(info, index, "control", out, &present)) return false;
  if (!present) *out = ByteView{};
  if (out->length <= kSocklenMax) return true;
  ThrowOutOfRange(info.Env(), "control.byteLength", "<= " + std::to_string(kSocklenMax),
                  static_cast<double>(out->length));
  return false;
}

/**
 * sendmsg(2) gathering `buffers`, with the cmsg bytes of `control` passed as
 * given (null: none) and an optional destination sockaddr. Bytes sent or
 * -errno; -EMSGSIZE for more than IOV_MAX buffers.
 */
Napi::Value SendMsg(const Napi::CallbackInfo& info) {
  int fd, flags;
  SmallArray<iovec, 8> iov;
  size_t iovCount = 0;
  if (!ReadFd(info, 0, "fd", &fd)) return {};
  IovStatus status = ReadIovecs(info.Env(), info[1], &iov, &iovCount);
  if (status == IovStatus::kThrown) return {};
  ByteView control, addr;
  if (!ReadControl(info, 2, &control) || !ReadInt32(info, 3, "flags", &flags) ||
      !ReadOptionalSockaddr(info, 4, "addr", &addr)) {
    return {};
  }
  if (status == IovStatus::kTooMany) return NumberResult(info.Env(), -EMSGSIZE);
  msghdr msg{};
  msg.msg_name = addr.length > 0 ? addr.data : nullptr;
  msg.msg_namelen = static_cast<socklen_t>(addr.length);
  msg.msg_iov = iov.data();
  msg.msg_iovlen = static_cast<decltype(msg.msg_iovlen)>(iovCount);
  msg.msg_control = control.length > 0 ? control.data : nullptr;
  msg.msg_controllen = static_cast<decltype(msg.msg_controllen)>(control.length);
  return SysResult(info.Env(), ::sendmsg(fd, &msg, flags));
}

/**
 * recvmsg(2) scattering into `buffers` (empty allowed), control data into
 * `control` (null: msg_control NULL), the sender into addrBuf; flags as given.
 * Bytes received or -errno (-EMSGSIZE for more than IOV_MAX buffers);
 * out[0] = msg_namelen, out[1] = msg_flags, out[2] = msg_controllen.
 */
Napi::Value RecvMsg(const Napi::CallbackInfo& info) {
  int fd, flags;
  SmallArray<iovec, 8> iov;
  size_t iovCount = 0;
  if (!ReadFd(info, 0, "fd", &fd)) return {};
  IovStatus status = ReadIovecs(info.Env(), info[1], &iov, &iovCount);
  if (status == IovStatus::kThrown) return {};
  ByteView control;
  AddrBuf addr;
  if (!ReadControl(info, 2, &control) || !ReadInt32(info, 3, "flags", &flags) || !ReadAddrBuf(info, 4, &addr)) {
    return {};
  }
  if (status == IovStatus::kTooMany) return NumberResult(info.Env(), -EMSGSIZE);
  msghdr msg{};
  msg.msg_name = addr.addr;
  msg.msg_namelen = addr.len;
  msg.msg_iov = iov.data();
  msg.msg_iovlen = static_cast<decltype(msg.msg_iovlen)>(iovCount);
  msg.msg_control = control.length > 0 ? control.data : nullptr;
  msg.msg_controllen = static_cast<decltype(msg.msg_controllen)>(control.length);
  ssize_t n = ::recvmsg(fd, &msg, flags);
  if (n < 0) return SysResult(info.Env(), n);
  SetOut(info.Env(), {static_cast<int32_t>(msg.msg_namelen), static_cast<int32_t>(msg.msg_flags),
                      static_cast<int32_t>(msg.msg_controllen)});
  return NumberResult(info.Env(), static_cast<double>(n));
}

/**
 * poll(2) on one fd, never retried: revents (0 on timeout) or -errno,
 * -EINTR included. A negative fd gives -EBADF instead of the kernel's
 * "ignore this entry and sleep for the whole timeout". In a worker the wait
 * ends with -ECANCELED once the worker is being terminated (PollForEnv).
 */
Napi::Value Poll(const Napi::CallbackInfo& info) {
  int fd, timeoutMs;
  double events = 0;
  if (!ReadFd(info, 0, "fd", &fd) || !ReadInteger(info, 1, "events", 0, 0xffff, &events) ||
      !ReadTimeoutMs(info, 2, &timeoutMs)) {
    return {};
  }
  if (fd < 0) return NumberResult(info.Env(), -EBADF);
  pollfd entry{};
  entry.fd = fd;
  entry.events = static_cast<short>(static_cast<unsigned short>(events));
  int rc = PollForEnv(info.Env(), FdsOf(info.Env()), &entry, timeoutMs);
  if (rc < 0) return NumberResult(info.Env(), rc);
  return NumberResult(info.Env(), rc == 0 ? 0 : static_cast<unsigned short>(entry.revents));
}

/**
 * Linux sendfile(2) of at most `count` bytes (capped at 0x7ffff000, what one
 * call moves) from inFd at `offset`: bytes sent or -errno. -ENOSYS on other
 * platforms (their sendfile has another signature).
 */
Napi::Value Sendfile(const Napi::CallbackInfo& info) {
  constexpr double kOffsetMax = std::min(kMaxSafeInteger, static_cast<double>(std::numeric_limits<off_t>::max()));
  int outFd, inFd;
  double offset = 0;
  size_t count = 0;
  if (!ReadFd(info, 0, "outFd", &outFd) || !ReadFd(info, 1, "inFd", &inFd) ||
      !ReadInteger(info, 2, "offset", 0, kOffsetMax, &offset) || !ReadSize(info, 3, "count", &count)) {
    return {};
  }
#ifdef __linux__
  off_t position = static_cast<off_t>(offset);
  return SysResult(info.Env(), ::sendfile(outFd, inFd, &position, std::min(count, kSendfileMax)));
#else
  return NumberResult(info.Env(), -ENOSYS);
#endif
}

/** if_nameindex(3): an Array of [index, name] pairs, or -errno. */
Napi::Value IfNameindex(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  struct if_nameindex* list = ::if_nameindex();
  if (list == nullptr) return SysResult(env, -1);
  Napi::Array result = Napi::Array::New(env);
  uint32_t count = 0;
  for (struct if_nameindex* entry = list; entry->if_index != 0 || entry->if_name != nullptr; ++entry) {
    Napi::Array pair = Napi::Array::New(env, 2);
    pair.Set(0u, Napi::Number::New(env, entry->if_index));
    pair.Set(1u, Napi::String::New(env, entry->if_name != nullptr ? entry->if_name : ""));
    result.Set(count++, pair);
  }
  ::if_freenameindex(list);
  return result;
}

/** if_nametoindex(3): the index, or 0 with errno (0 when the libc set none) in out[0]. */
Napi::Value IfNametoindex(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!info[0].IsString()) {
    ThrowArgType(env, "name", "of type string", info[0]);
    return {};
  }
  std::string name = info[0].As<Napi::String>().Utf8Value();
  if (name.find('\0') != std::string::npos) {
    ThrowTypeError(env, "ERR_INVALID_ARG_VALUE", "The argument 'name' must be a string without null bytes.");
    return {};
  }
  errno = 0;
  unsigned int index = ::if_nametoindex(name.c_str());
  int err = index == 0 ? errno : 0;
  SetOut(env, {err});
  return NumberResult(env, index);
}

/** if_indextoname(3) of a uint32 index: the name, or -errno. */
Napi::Value IfIndextoname(const Napi::CallbackInfo& info) {
  double index = 0;
  if (!ReadInteger(info, 0, "index", 0, static_cast<double>(UINT32_MAX), &index)) return {};
  char name[IF_NAMESIZE + 1] = {};
  if (::if_indextoname(static_cast<unsigned int>(index), name) == nullptr) return SysResult(info.Env(), -1);
  return Napi::String::New(info.Env(), name);
}

// strerror_r is the GNU variant (returns the text) on glibc with _GNU_SOURCE
// and the XSI one (returns 0 and fills the buffer) elsewhere; overloading on
// its result type picks the right reading without a feature macro.
[[maybe_unused]] const char* StrerrorText(int rc, const char* buffer) { return rc == 0 ? buffer : nullptr; }
[[maybe_unused]] const char* StrerrorText(const char* text, const char*) { return text; }

/** strerror_r(3): the text of an errno value ("Unknown error N" when the libc has none). */
Napi::Value Strerror(const Napi::CallbackInfo& info) {
  int code;
  if (!ReadInt32(info, 0, "errno", &code)) return {};
  char buffer[256] = {};
  const char* text = StrerrorText(strerror_r(code, buffer, sizeof buffer), buffer);
  if (text == nullptr || text[0] == '\0') {
    snprintf(buffer, sizeof buffer, "Unknown error %d", code);
    text = buffer;
  }
  return Napi::String::New(info.Env(), text);
}

// ---------------------------------------------------------------------------
// Module

/** The `layout` object: sizes and offsets the TS cmsg/sockaddr codecs need. */
Napi::Object Layout(Napi::Env env) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("sockaddrStorage", static_cast<double>(sizeof(sockaddr_storage)));
  o.Set("cmsgHdr", static_cast<double>(CMSG_LEN(0)));
  // CMSG_ALIGN(1); not every platform exposes CMSG_ALIGN itself.
  o.Set("cmsgAlign", static_cast<double>(CMSG_SPACE(1) - CMSG_SPACE(0)));
  o.Set("cmsgLenSize", static_cast<double>(sizeof(cmsghdr::cmsg_len)));
  o.Set("cmsgLevelOffset", static_cast<double>(offsetof(cmsghdr, cmsg_level)));
  o.Set("cmsgTypeOffset", static_cast<double>(offsetof(cmsghdr, cmsg_type)));
  o.Set("sizeofInt", static_cast<double>(sizeof(int)));
  o.Set("socklenMax", static_cast<double>(kSocklenMax));
  o.Set("iovMax", static_cast<double>(kIovMax));
  o.Set("POLLIN", static_cast<double>(POLLIN));
  o.Set("POLLOUT", static_cast<double>(POLLOUT));
  o.Set("POLLERR", static_cast<double>(POLLERR));
  o.Set("POLLHUP", static_cast<double>(POLLHUP));
  o.Set("POLLNVAL", static_cast<double>(POLLNVAL));
  Napi::Object tv = Struct(env, sizeof(timeval));
  SOCK_FIELD_AS(tv, "sec", timeval, tv_sec);
  SOCK_FIELD_AS(tv, "usec", timeval, tv_usec);
  tv.Freeze();
  o.Set("timeval", tv);
  return o;
}

Napi::Object Frozen(Napi::Object o) {
  o.Freeze();
  return o;
}

template <Napi::Function::Callback F>
void Export(Napi::Env env, Napi::Object exports, const char* name) {
  exports.Set(name, Napi::Function::New<F>(env, name));
}

void ExportFunctions(Napi::Env env, Napi::Object exports) {
  Export<Strerror>(env, exports, "strerror");
  Export<Socket>(env, exports, "socket");
  Export<SocketPair>(env, exports, "socketpair");
  Export<Bind>(env, exports, "bind");
  Export<Connect>(env, exports, "connect");
  Export<Listen>(env, exports, "listen");
  Export<Accept>(env, exports, "accept");
  Export<AcceptNoAddr>(env, exports, "acceptNoAddr");
  Export<Shutdown>(env, exports, "shutdown");
  Export<Close>(env, exports, "close");
  Export<Own>(env, exports, "own");
  Export<Disown>(env, exports, "disown");
  Export<Dup>(env, exports, "dup");
  Export<GetInheritable>(env, exports, "getInheritable");
  Export<SetInheritable>(env, exports, "setInheritable");
  Export<GetNonblocking>(env, exports, "getNonblocking");
  Export<SetNonblocking>(env, exports, "setNonblocking");
  Export<GetSockName>(env, exports, "getsockname");
  Export<GetPeerName>(env, exports, "getpeername");
  Export<GetSockOptInt>(env, exports, "getsockoptInt");
  Export<GetSockOptBytes>(env, exports, "getsockoptBytes");
  Export<SetSockOptInt>(env, exports, "setsockoptInt");
  Export<SetSockOptBytes>(env, exports, "setsockoptBytes");
  Export<Send>(env, exports, "send");
  Export<SendTo>(env, exports, "sendto");
  Export<Recv>(env, exports, "recv");
  Export<RecvFrom>(env, exports, "recvfrom");
  Export<SendMsg>(env, exports, "sendmsg");
  Export<RecvMsg>(env, exports, "recvmsg");
  Export<Poll>(env, exports, "poll");
  Export<Sendfile>(env, exports, "sendfile");
  Export<IfNameindex>(env, exports, "ifNameindex");
  Export<IfNametoindex>(env, exports, "ifNametoindex");
  Export<IfIndextoname>(env, exports, "ifIndextoname");
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  Napi::ArrayBuffer buffer = Napi::ArrayBuffer::New(env, kOutLength * sizeof(int32_t));
  Napi::Int32Array out = Napi::Int32Array::New(env, kOutLength, buffer, 0);
  auto* data = new AddonData();
  data->buffer = Napi::Persistent(buffer);
  data->slots = static_cast<int32_t*>(buffer.Data());
  data->fds = OpenEnvFds(env);
  env.SetInstanceData(data);

  exports.Set("out", out);
  Napi::Object constants = Napi::Object::New(env);
  Napi::Object families = Napi::Object::New(env);
  Napi::Object errnos = Napi::Object::New(env);
  ConstantSink sink(constants);
  sink.Route("AF", families);
  sink.Route("ERRNO", errnos);
  AddGeneratedConstants(sink);
  exports.Set("constants", Frozen(constants));
  exports.Set("families", Frozen(families));
  exports.Set("errnos", Frozen(errnos));
  exports.Set("layout", Frozen(Layout(env)));
  exports.Set("POLL_READABLE", static_cast<double>(UV_READABLE));
  exports.Set("POLL_WRITABLE", static_cast<double>(UV_WRITABLE));
  exports.Set("POLL_IDLE_AFTER_DISPATCH", static_cast<double>(kIdleAfterDispatch));
  exports.Set("POLL_UNREFD", static_cast<double>(kUnrefdByNative));
  exports.Set("POLL_DISCONNECT", static_cast<double>(UV_DISCONNECT));
  exports.Set("Poller", Poller::Define(env));
  ExportFunctions(env, exports);
  InitInterfaces(env, exports);
  InitFilter(env, exports);
  InitBatch(env, exports);
  return exports;
}

}  // namespace
}  // namespace sockcore

static Napi::Object InitSockCore(Napi::Env env, Napi::Object exports) { return sockcore::Init(env, exports); }

NODE_API_MODULE(sock_core, InitSockCore)
