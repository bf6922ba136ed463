// The Poller of NativeBinding: readiness of one fd on the calling thread's
// libuv loop.
#ifndef SOCK_CORE_POLLER_H_
#define SOCK_CORE_POLLER_H_

#include <napi.h>

namespace sockcore {

struct PollHandle;

/**
 * Wraps a heap-allocated uv_poll_t on the loop of the env that created it
 * (napi_get_uv_event_loop, never uv_default_loop, so worker threads work).
 *
 * Lifetime rules:
 * - The uv handle belongs to a PollHandle that outlives this object until
 *   libuv's close callback frees it; the handle points back here only while
 *   this object is its owner.
 * - close() is idempotent and also runs from the finalizer, from close(fd)
 *   and from an async env cleanup hook (worker exit), whichever comes first.
 *   After it no JS callback runs.
 * - Nothing in C++ holds the JS object or its callback strongly: the callback
 *   is a property of the JS object and C++ keeps only weak references, so a
 *   handle (started or not) never keeps the object, or what the callback
 *   closes over, alive. Whoever waits on a Poller must keep it reachable (the
 *   TS side does: SocketState -> Readiness -> Poller); a Poller dropped
 *   unclosed is closed by its finalizer and its callback never runs again.
 */
class Poller : public Napi::ObjectWrap<Poller> {
 public:
  static Napi::Function Define(Napi::Env env);

  explicit Poller(const Napi::CallbackInfo& info);
  ~Poller() override;

  /** Forgets the handle once it is closing; called by the handle itself. */
  void Detach();
  /** Calls the JS callback with (status, events) through napi_make_callback. */
  void Dispatch(int status, int events);

 private:
  Napi::Value Start(const Napi::CallbackInfo& info);
  Napi::Value Stop(const Napi::CallbackInfo& info);
  Napi::Value Close(const Napi::CallbackInfo& info);
  Napi::Value RefHandle(const Napi::CallbackInfo& info);
  Napi::Value UnrefHandle(const Napi::CallbackInfo& info);

  /** The idle-unref protocol's cell (see Dispatch), or nullptr when none was given. */
  int32_t* IdleCell(napi_env env);

  PollHandle* handle_ = nullptr;
  Napi::FunctionReference onReady_;
  Napi::AsyncContext asyncContext_;
  Napi::Reference<Napi::ArrayBuffer> idleBuffer_;
  size_t idleOffset_ = 0;
};

/**
 * Values of the idle cell a Poller may share with JS (an Int32Array of one
 * element): the JS side writes kIdleAfterDispatch when the callback leaves
 * no operation waiting; after the callback (and its microtasks) return, the
 * native side unrefs the handle if the cell still says so and writes
 * kUnrefdByNative, which the JS side reads before it next waits.
 */
constexpr int32_t kIdleAfterDispatch = 1;
constexpr int32_t kUnrefdByNative = 2;

/**
 * Closes the Poller this thread has open on fd, if any. core's close(fd) calls
 * it first: libuv aborts the process when it finds a closed fd it still
 * watches, so the handle must be gone before close(2).
 */
void ClosePollerOnFd(int fd);

}  // namespace sockcore

#endif  // SOCK_CORE_POLLER_H_
