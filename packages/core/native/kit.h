// The generic pieces core's addon holds for family packages (ifreq.cc,
// filter.cc), registered by core.cc's Init.
#ifndef SOCK_CORE_KIT_H_
#define SOCK_CORE_KIT_H_

#include <napi.h>

#include <sys/socket.h>
#include <sys/types.h>

namespace sockcore {

/** Adds ifNameToIndex and ifIndexToName (SIOCGIFINDEX / SIOCGIFNAME on a socket's fd). */
void InitInterfaces(Napi::Env env, Napi::Object exports);

/** Adds setsockoptFprog and getFilter (struct sock_fprog, SO_GET_FILTER). */
void InitFilter(Napi::Env env, Napi::Object exports);

/** True for getsockopt(SOL_SOCKET, SO_GET_FILTER), whose optlen counts instructions. */
bool IsGetFilter(int level, int name);

/**
 * getsockopt(SOL_SOCKET, SO_GET_FILTER) into `bytes` bytes at buf: the bytes
 * written (whole struct sock_filter only), or -1 with errno set.
 */
ssize_t GetFilterInto(int fd, void* buf, socklen_t bytes);

}  // namespace sockcore

#endif  // SOCK_CORE_KIT_H_
