// AF_UNIX's constants from constants.def. A translation unit of its own:
// <linux/un.h> (UNIX_PATH_MAX, SIOCUNIXFILE) declares its own struct
// sockaddr_un, which cannot meet <sys/un.h>'s (unix.cc).
#include "constants.generated.h"

#include "unix.h"

namespace sockunix {

void AddConstants(sock::ConstantSink& sink) { AddGeneratedConstants(sink); }

}  // namespace sockunix
