// The Poller: a uv_poll_t on the calling env's loop. See poller.h for the
// lifetime rules; this file keeps them.
#include "poller.h"

#include <uv.h>

#include <unordered_map>

#include <sock/args.h>

namespace sockcore {

using ::sock::ReadFd;
using ::sock::ReadInteger;
using ::sock::ThrowArgType;

/**
 * What libuv owns between uv_poll_init and the close callback. It outlives
 * the Poller when the Poller is finalized first, and the Poller outlives it
 * when close() runs first; `owner` is cleared as soon as it starts closing.
 */
struct PollHandle {
  uv_poll_t uv;
  int fd = -1;
  Poller* owner = nullptr;
  napi_async_cleanup_hook_handle cleanupHook = nullptr;
  bool closing = false;
};

namespace {

// Every value in 0..kEventMask is a valid mask; anything else would trip an
// assertion in uv_poll_start.
constexpr int kEventMask = UV_READABLE | UV_WRITABLE | UV_DISCONNECT;

// The handles open in this thread, by fd. An env and its loop live on one
// thread, so per-thread is per-loop; the map is freed whenever it empties.
using OpenHandles = std::unordered_multimap<int, PollHandle*>;
thread_local OpenHandles* tOpenHandles = nullptr;

/** True when this thread already has a handle open on fd in loop: libuv keeps one watcher per fd. */
bool IsTracked(uv_loop_t* loop, int fd) {
  if (tOpenHandles == nullptr) return false;
  auto range = tOpenHandles->equal_range(fd);
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second->uv.loop == loop) return true;
  }
  return false;
}

void Track(PollHandle* handle) {
  if (tOpenHandles == nullptr) tOpenHandles = new OpenHandles();
  tOpenHandles->emplace(handle->fd, handle);
}

void Untrack(PollHandle* handle) {
  if (tOpenHandles == nullptr) return;
  auto range = tOpenHandles->equal_range(handle->fd);
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second == handle) {
      tOpenHandles->erase(it);
      break;
    }
  }
  if (tOpenHandles->empty()) {
    delete tOpenHandles;
    tOpenHandles = nullptr;
  }
}

/** uv_close callback: the handle is out of libuv's hands; release the cleanup hook (completing it if it ran). */
void OnClosed(uv_handle_t* uv) {
  auto* handle = static_cast<PollHandle*>(uv->data);
  if (handle->cleanupHook != nullptr) napi_remove_async_cleanup_hook(handle->cleanupHook);
  delete handle;
}

/** uv_close()s the handle once; its owner is detached first so no JS callback can follow. */
void CloseHandle(PollHandle* handle) {
  if (handle->closing) return;
  handle->closing = true;
  Untrack(handle);
  if (handle->owner != nullptr) {
    handle->owner->Detach();
    handle->owner = nullptr;
  }
  uv_close(reinterpret_cast<uv_handle_t*>(&handle->uv), OnClosed);
}

/**
 * Async env cleanup hook (worker exit, env teardown): the loop must not be
 * closed with our handle open, so close it; Node keeps the loop running until
 * OnClosed removes the hook. Runs whether or not the Poller was finalized.
 */
void OnEnvCleanup(napi_async_cleanup_hook_handle, void* arg) { CloseHandle(static_cast<PollHandle*>(arg)); }

void OnReady(uv_poll_t* uv, int status, int events) {
  auto* handle = static_cast<PollHandle*>(uv->data);
  if (!handle->closing && handle->owner != nullptr) handle->owner->Dispatch(status, events);
}

/**
 * uv_poll_init on this env's loop (never uv_default_loop). The handle, or
 * nullptr with *err set; UV_EEXIST when a handle is already open on fd (libuv
 * itself only notices once the first one is started).
 */
PollHandle* OpenHandle(napi_env env, int fd, Poller* owner, int* err) {
  uv_loop_t* loop = nullptr;
  if (napi_get_uv_event_loop(env, &loop) != napi_ok || loop == nullptr) {
    *err = UV_EINVAL;
    return nullptr;
  }
  if (IsTracked(loop, fd)) {
    *err = UV_EEXIST;
    return nullptr;
  }
  auto* handle = new PollHandle();
  *err = uv_poll_init(loop, &handle->uv, fd);
  if (*err != 0) {
    delete handle;
    return nullptr;
  }
  handle->uv.data = handle;
  handle->fd = fd;
  handle->owner = owner;
  if (napi_add_async_cleanup_hook(env, OnEnvCleanup, handle, &handle->cleanupHook) != napi_ok) {
    handle->cleanupHook = nullptr;
  }
  Track(handle);
  return handle;
}

/** Throws a Node-style system error for a libuv error: "EBADF: bad file descriptor, uv_poll_init". */
void ThrowUvError(napi_env env, int err, const char* syscall) {
  std::string text = std::string(uv_err_name(err)) + ": " + uv_strerror(err) + ", " + syscall;
  napi_value message, code, error, errnoValue, syscallValue;
  if (napi_create_string_utf8(env, text.c_str(), NAPI_AUTO_LENGTH, &message) != napi_ok ||
      napi_create_string_utf8(env, uv_err_name(err), NAPI_AUTO_LENGTH, &code) != napi_ok ||
      napi_create_error(env, code, message, &error) != napi_ok) {
    return;
  }
  napi_create_int32(env, err, &errnoValue);
  napi_create_string_utf8(env, syscall, NAPI_AUTO_LENGTH, &syscallValue);
  napi_set_named_property(env, error, "errno", errnoValue);
  napi_set_named_property(env, error, "syscall", syscallValue);
  napi_throw(env, error);
}

void ThrowClosed(napi_env env) { napi_throw_error(env, "ERR_INVALID_STATE", "The Poller is closed"); }

/**
 * Makes the JS object hold onReady under a fresh symbol, so the C++ side can
 * hold it weakly: the function and whatever it closes over live exactly as
 * long as the Poller object.
 */
bool HoldCallback(napi_env env, napi_value self, napi_value onReady) {
  napi_value key;
  if (napi_create_symbol(env, nullptr, &key) != napi_ok) return false;
  napi_property_descriptor descriptor = {nullptr, key, nullptr, nullptr, nullptr, onReady, napi_default, nullptr};
  return napi_define_properties(env, self, 1, &descriptor) == napi_ok;
}

/** Routes an exception thrown by the callback (or its microtasks) to process 'uncaughtException'. */
void ReportUncaught(napi_env env) {
  bool pending = false;
  if (napi_is_exception_pending(env, &pending) != napi_ok || !pending) return;
  napi_value error;
  if (napi_get_and_clear_last_exception(env, &error) == napi_ok) napi_fatal_exception(env, error);
}

}  // namespace

Napi::Function Poller::Define(Napi::Env env) {
  constexpr auto kMethod = static_cast<napi_property_attributes>(napi_writable | napi_configurable);
  return DefineClass(env, "Poller",
                     {
                         InstanceMethod<&Poller::Start>("start", kMethod),
                         InstanceMethod<&Poller::Stop>("stop", kMethod),
                         InstanceMethod<&Poller::Close>("close", kMethod),
                         InstanceMethod<&Poller::RefHandle>("ref", kMethod),
                         InstanceMethod<&Poller::UnrefHandle>("unref", kMethod),
                     });
}

/**
 * new Poller(fd, onReady, idleCell?): uv_poll_init on fd; throws (errno, code,
 * syscall) when libuv refuses the fd. idleCell, an Int32Array, enables the
 * idle-unref protocol of Dispatch.
 */
Poller::Poller(const Napi::CallbackInfo& info)
    : Napi::ObjectWrap<Poller>(info), asyncContext_(info.Env(), "SockPoller") {
  napi_env env = info.Env();
  if (info.Env().IsExceptionPending()) return;
  int fd = -1;
  if (!ReadFd(info, 0, "fd", &fd)) return;
  if (!info[1].IsFunction()) {
    ThrowArgType(env, "onReady", "of type function", info[1]);
    return;
  }
  if (info.Length() > 2 && !info[2].IsUndefined()) {
    napi_typedarray_type type;
    size_t length = 0;
    napi_value buffer;
    bool is = false;
    if (napi_is_typedarray(env, info[2], &is) != napi_ok || !is ||
        napi_get_typedarray_info(env, info[2], &type, &length, nullptr, &buffer, &idleOffset_) != napi_ok ||
        type != napi_int32_array || length < 1) {
      ThrowArgType(env, "idleCell", "an Int32Array of at least one element", info[2]);
      return;
    }
    idleBuffer_ = Napi::Persistent(Napi::ArrayBuffer(env, buffer));
  }
  if (!HoldCallback(env, info.This(), info[1])) return;
  onReady_ = Napi::Weak(info[1].As<Napi::Function>());
  int err = 0;
  handle_ = OpenHandle(env, fd, this, &err);
  if (handle_ == nullptr) ThrowUvError(env, err, "uv_poll_init");
}

/** The finalizer (also run at env teardown): closes a handle still open. */
Poller::~Poller() {
  if (handle_ != nullptr) CloseHandle(handle_);
}

void Poller::Detach() { handle_ = nullptr; }

/**
 * status < 0 is libuv's report of POLLERR: always UV_EBADF, also for e.g. a
 * refused connect, and libuv has stopped the handle by then. Nothing runs
 * once the JS object has been collected (its finalizer, which closes the
 * handle, may still be queued).
 */
void Poller::Dispatch(int status, int events) {
  napi_env env = Env();
  Napi::HandleScope scope(Env());
  napi_value self = Value();
  napi_value onReady = onReady_.Value();
  if (self == nullptr || onReady == nullptr) return;
  napi_value argv[2];
  napi_create_int32(env, status, &argv[0]);
  napi_create_int32(env, events, &argv[1]);
  napi_value result;
  if (napi_make_callback(env, asyncContext_, self, onReady, 2, argv, &result) != napi_ok) ReportUncaught(env);
  // The callback and the microtasks it queued have run: an operation that
  // waits again (a request/response loop) has done so by now. If none did,
  // drop the handle's reference here, sparing the JS side a call per message.
  int32_t* cell = IdleCell(env);
  if (cell != nullptr && *cell == kIdleAfterDispatch && handle_ != nullptr) {
    uv_unref(reinterpret_cast<uv_handle_t*>(&handle_->uv));
    *cell = kUnrefdByNative;
  }
}

/** The cell's address, checked on every use: nullptr unless an undetached buffer holds it. */
int32_t* Poller::IdleCell(napi_env env) {
  if (idleBuffer_.IsEmpty()) return nullptr;
  napi_value buffer = idleBuffer_.Value();
  bool detached = true;
  if (buffer == nullptr || napi_is_detached_arraybuffer(env, buffer, &detached) != napi_ok || detached) return nullptr;
  void* data = nullptr;
  size_t length = 0;
  if (napi_get_arraybuffer_info(env, buffer, &data, &length) != napi_ok || data == nullptr ||
      idleOffset_ + sizeof(int32_t) > length) {
    return nullptr;
  }
  return reinterpret_cast<int32_t*>(static_cast<uint8_t*>(data) + idleOffset_);
}

/**
 * uv_poll_start with a mask of POLL_READABLE/POLL_WRITABLE/POLL_DISCONNECT;
 * replaces the previous mask (0 stops). Throws ERR_INVALID_STATE once closed.
 */
Napi::Value Poller::Start(const Napi::CallbackInfo& info) {
  double events = 0;
  if (!ReadInteger(info, 0, "events", 0, kEventMask, &events)) return {};
  if (handle_ == nullptr) {
    ThrowClosed(info.Env());
    return {};
  }
  int err = uv_poll_start(&handle_->uv, static_cast<int>(events), OnReady);
  if (err != 0) ThrowUvError(info.Env(), err, "uv_poll_start");
  return {};
}

/** uv_poll_stop; the handle stays open. No-op once closed. */
Napi::Value Poller::Stop(const Napi::CallbackInfo&) {
  if (handle_ != nullptr) uv_poll_stop(&handle_->uv);
  return {};
}

/** uv_close; idempotent. */
Napi::Value Poller::Close(const Napi::CallbackInfo&) {
  if (handle_ != nullptr) CloseHandle(handle_);
  return {};
}

/** uv_ref: a started handle keeps the loop alive. No-op once closed. */
Napi::Value Poller::RefHandle(const Napi::CallbackInfo&) {
  if (handle_ != nullptr) uv_ref(reinterpret_cast<uv_handle_t*>(&handle_->uv));
  return {};
}

/** uv_unref: the handle never keeps the loop alive. No-op once closed. */
Napi::Value Poller::UnrefHandle(const Napi::CallbackInfo&) {
  if (handle_ != nullptr) uv_unref(reinterpret_cast<uv_handle_t*>(&handle_->uv));
  return {};
}

void ClosePollerOnFd(int fd) {
  while (tOpenHandles != nullptr) {
    auto it = tOpenHandles->find(fd);
    if (it == tOpenHandles->end()) return;
    CloseHandle(it->second);
  }
}

}  // namespace sockcore
