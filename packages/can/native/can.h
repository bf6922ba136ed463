// Shared declarations of the @sock/can native shim.
#pragma once

#include <napi.h>

namespace sockcan {

// The constants of constants.def (constants.cc).
Napi::Object Constants(Napi::Env env);
// The struct layouts of <linux/can*.h> (layout.cc).
Napi::Object Layout(Napi::Env env);

}  // namespace sockcan
