// See env.h.
#include "env.h"

#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <uv.h>

#include <algorithm>
#include <unordered_set>

#include "poller.h"

namespace sockcore {

struct EnvFds {
  std::unordered_set<int> fds;
  bool inWorker = false;
  bool closed = false;
};

namespace {

/** The hook's own reference to the registry, released by the hook. */
struct HookRef {
  std::shared_ptr<EnvFds> fds;
};

/** Env cleanup: Pollers first (libuv must never watch a closed fd), then close(2). */
void CloseOwned(void* arg) {
  auto* ref = static_cast<HookRef*>(arg);
  EnvFds* fds = ref->fds.get();
  fds->closed = true;
  for (int fd : fds->fds) {
    ClosePollerOnFd(fd);
    ::close(fd);
  }
  fds->fds.clear();
  delete ref;
}

/** Milliseconds of CLOCK_MONOTONIC. */
int64_t NowMs() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

/**
 * Whether JS may still run in env: Node-API refuses any call that could run
 * JS (napi_pending_exception, napi_cannot_run_js) once the env is stopping.
 */
bool MayRunJs(napi_env env) {
  napi_value global, value;
  if (napi_get_global(env, &global) != napi_ok) return false;
  return napi_get_named_property(env, global, "undefined", &value) == napi_ok;
}

}  // namespace

std::shared_ptr<EnvFds> OpenEnvFds(napi_env env) {
  auto fds = std::make_shared<EnvFds>();
  uv_loop_t* loop = nullptr;
  fds->inWorker = napi_get_uv_event_loop(env, &loop) == napi_ok && loop != nullptr && loop != uv_default_loop();
  auto* ref = new HookRef{fds};
  if (napi_add_env_cleanup_hook(env, CloseOwned, ref) != napi_ok) delete ref;
  return fds;
}

void OwnFd(EnvFds* fds, int fd) {
  if (fds != nullptr && !fds->closed && fd >= 0) fds->fds.insert(fd);
}

void DisownFd(EnvFds* fds, int fd) {
  if (fds != nullptr) fds->fds.erase(fd);
}

int PollForEnv(napi_env env, EnvFds* fds, pollfd* entry, int timeoutMs) {
  if (fds == nullptr || !fds->inWorker || (timeoutMs >= 0 && timeoutMs <= kWorkerSliceMs)) {
    int rc = ::poll(entry, 1, timeoutMs);
    return rc < 0 ? -errno : rc;
  }
  const int64_t deadline = timeoutMs < 0 ? -1 : NowMs() + timeoutMs;
  for (;;) {
    int slice = kWorkerSliceMs;
    if (deadline >= 0) slice = static_cast<int>(std::max<int64_t>(0, std::min<int64_t>(slice, deadline - NowMs())));
    int rc = ::poll(entry, 1, slice);
    if (rc != 0) return rc < 0 ? -errno : rc;
    if (deadline >= 0 && NowMs() >= deadline) return 0;
    if (!MayRunJs(env)) return -ECANCELED;
  }
}

}  // namespace sockcore
