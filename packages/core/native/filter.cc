// Classic BPF programs on a socket. struct sock_fprog holds a pointer to the
// instructions, so JS cannot pass it as bytes through setsockoptBytes:
// setsockoptFprog builds it here (SO_ATTACH_FILTER and
// SO_ATTACH_REUSEPORT_CBPF at SOL_SOCKET, PACKET_FANOUT_DATA at SOL_PACKET).
// SO_GET_FILTER counts its optlen in instructions, not bytes; that quirk is
// handled here once, for getFilter and for getsockoptBytes.
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#if __has_include(<linux/filter.h>)
#include <linux/filter.h>
#endif

#include <sock/args.h>
#include <sock/result.h>

#include <string>
#include <vector>

#include "kit.h"

namespace sockcore {

#if defined(SO_GET_FILTER) && __has_include(<linux/filter.h>)
#define SOCK_CORE_HAVE_FPROG 1
#endif

bool IsGetFilter(int level, int name) {
#ifdef SOCK_CORE_HAVE_FPROG
  return level == SOL_SOCKET && name == SO_GET_FILTER;
#else
  return false;
#endif
}

ssize_t GetFilterInto(int fd, void* buf, socklen_t bytes) {
#ifdef SOCK_CORE_HAVE_FPROG
  // The kernel writes optlen * sizeof(sock_filter) bytes: ask for only as many as fit.
  socklen_t units = bytes / sizeof(sock_filter);
  if (units == 0) return 0;
  if (::getsockopt(fd, SOL_SOCKET, SO_GET_FILTER, buf, &units) < 0) return -1;
  return static_cast<ssize_t>(units) * static_cast<ssize_t>(sizeof(sock_filter));
#else
  errno = ENOPROTOOPT;
  return -1;
#endif
}

namespace {

#ifdef SOCK_CORE_HAVE_FPROG

/**
 * setsockoptFprog(fd, level, name, program): setsockopt(2) with a struct
 * sock_fprog over `program`, packed struct sock_filter. 0 or -errno.
 */
Napi::Value SetsockoptFprog(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd, level, name;
  sock::ByteView program;
  if (!sock::ReadFd(info, 0, "fd", &fd) || !sock::ReadInt32(info, 1, "level", &level) ||
      !sock::ReadInt32(info, 2, "name", &name) || !sock::ReadView(info, 3, "program", &program)) {
    return {};
  }
  constexpr size_t kMax = static_cast<decltype(sock_fprog::len)>(~0u);
  if (program.length % sizeof(sock_filter) != 0 || program.length / sizeof(sock_filter) > kMax) {
    sock::ThrowOutOfRange(env, "program.byteLength",
                          "a multiple of " + std::to_string(sizeof(sock_filter)) + " and <= " +
                              std::to_string(kMax * sizeof(sock_filter)),
                          static_cast<double>(program.length));
    return {};
  }
  // A copy: the caller's bytes may be unaligned for struct sock_filter.
  std::vector<sock_filter> insns(program.length / sizeof(sock_filter));
  if (!insns.empty()) memcpy(insns.data(), program.data, program.length);
  sock_fprog prog{};
  prog.len = static_cast<decltype(prog.len)>(insns.size());
  prog.filter = insns.empty() ? nullptr : insns.data();
  return sock::Result(env, ::setsockopt(fd, level, name, &prog, sizeof prog));
}

/**
 * getFilter(fd): the classic BPF program attached to the socket as packed
 * struct sock_filter (empty when none), or -errno. Asked with optlen 0,
 * SO_GET_FILTER reports the count; asked with that count it copies the
 * program. A program that grew in between (EINVAL) is asked for again.
 */
Napi::Value GetFilter(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd;
  if (!sock::ReadFd(info, 0, "fd", &fd)) return {};
  for (int attempt = 0; attempt < 4; attempt++) {
    socklen_t count = 0;
    if (::getsockopt(fd, SOL_SOCKET, SO_GET_FILTER, nullptr, &count) < 0) return sock::Result(env, -1);
    std::vector<sock_filter> insns(count > 0 ? count : 1);
    socklen_t got = count;
    if (count > 0 && ::getsockopt(fd, SOL_SOCKET, SO_GET_FILTER, insns.data(), &got) < 0) {
      if (errno == EINVAL) continue;
      return sock::Result(env, -1);
    }
    size_t n = got < count ? got : count;
    return Napi::Buffer<uint8_t>::Copy(env, reinterpret_cast<const uint8_t*>(insns.data()), n * sizeof(sock_filter));
  }
  return sock::Failure(env, EAGAIN);
}

#else

Napi::Value SetsockoptFprog(const Napi::CallbackInfo& info) { return sock::Failure(info.Env(), ENOPROTOOPT); }
Napi::Value GetFilter(const Napi::CallbackInfo& info) { return sock::Failure(info.Env(), ENOPROTOOPT); }

#endif

}  // namespace

void InitFilter(Napi::Env env, Napi::Object exports) {
  exports.Set("setsockoptFprog", Napi::Function::New<SetsockoptFprog>(env, "setsockoptFprog"));
  exports.Set("getFilter", Napi::Function::New<GetFilter>(env, "getFilter"));
}

}  // namespace sockcore
