/* Per-call cost of a call that never waits: getsockopt(SOL_SOCKET, SO_RCVBUF) in a loop. */
#include "sockets.h"

int main(int argc, char **argv) {
  struct opts o = parse(argc, argv);
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) die("socket");
  int value;
  socklen_t len;
  for (long i = 0; i < o.warmup; i++) {
    len = sizeof value;
    getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &value, &len);
  }
  double t0 = now();
  long i = 0;
  while (i < o.count) {
    len = sizeof value;
    if (getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &value, &len) < 0) die("getsockopt");
    i++;
    if ((i & 1023) == 0 && now() - t0 > o.seconds) break;
  }
  report(i, now() - t0, 0);
  return 0;
}
