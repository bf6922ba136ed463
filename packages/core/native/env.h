// Per-env state of core's addon that outlives JS: the fds this env's
// sockets own (closed by an env cleanup hook when a worker ends or is
// terminated) and the waits a terminating worker must be able to end.
#ifndef SOCK_CORE_ENV_H_
#define SOCK_CORE_ENV_H_

#include <node_api.h>
#include <poll.h>

#include <memory>

namespace sockcore {

struct EnvFds;

/**
 * The registry of env: created once per addon instance, with an env cleanup
 * hook (napi_add_env_cleanup_hook) that, at env teardown, closes each Poller
 * still open on an owned fd (uv_close, which drops it from epoll) and then the
 * fd itself. The hook holds its own reference, so teardown order does not matter.
 */
std::shared_ptr<EnvFds> OpenEnvFds(napi_env env);

/** Records that a socket of this env owns fd. */
void OwnFd(EnvFds* fds, int fd);
/** Forgets fd (closed or detached); unknown fds are ignored. */
void DisownFd(EnvFds* fds, int fd);

/**
 * poll(2) on one entry. On the main thread: one poll() with timeoutMs, as
 * given. In a worker (an env whose loop is not the default loop): poll() in
 * slices of at most kWorkerSliceMs, between which it asks Node-API whether the
 * env may still run JS; once worker.terminate() (or process.exit) has begun
 * it returns -ECANCELED instead of waiting on. rc as poll(2), or -errno.
 */
int PollForEnv(napi_env env, EnvFds* fds, pollfd* entry, int timeoutMs);

constexpr int kWorkerSliceMs = 50;

}  // namespace sockcore

#endif  // SOCK_CORE_ENV_H_
