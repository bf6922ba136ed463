// Shared declarations of the @sock/vsock native shim.
#pragma once

#include <napi.h>

namespace sockvsock {

// getLocalCid(): {cid} of this machine as /dev/vsock reports it, or {errno, syscall}.
Napi::Value GetLocalCid(const Napi::CallbackInfo& info);

}  // namespace sockvsock
