// Shared declarations of the @sock/unix native shim.
#ifndef SOCK_UNIX_UNIX_H_
#define SOCK_UNIX_UNIX_H_

#include <sock/constants.h>

namespace sockunix {

/** Every constant of constants.def this platform's headers define (native/constants.cc). */
void AddConstants(sock::ConstantSink& sink);

}  // namespace sockunix

#endif  // SOCK_UNIX_UNIX_H_
