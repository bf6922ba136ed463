/*
 * TCP bulk over blocking sockets. client (sender): writes `size`-byte chunks
 * until `count` chunks or the time cap, shuts down its write side and waits for
 * the receiver's 8-byte count of what arrived: the clock stops when the
 * receiver has every byte. server (receiver): reads until end of stream.
 */
#include <stdint.h>

#include "sockets.h"

static void receiver(const struct opts *o) {
  int dgram;
  int fd = serve(o, &dgram);
  static char buf[1 << 16];
  uint64_t total = 0;
  double deadline = now() + o->seconds + 30;
  for (long i = 0;; i++) {
    if ((i & 1023) == 0 && now() > deadline) break;
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    total += n;
  }
  if (send(fd, &total, sizeof total, 0) < 0) die("send");
  report(0, 0, (long)total);
  close(fd);
}

static void sender(const struct opts *o) {
  int fd = dial(o);
  char *chunk = malloc(o->size);
  memset(chunk, 'x', o->size);
  double t0 = now();
  long i = 0;
  while (i < o->count) {
    for (ssize_t off = 0; off < o->size;) {
      ssize_t n = send(fd, chunk + off, o->size - off, 0);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) die("send");
      off += n;
    }
    i++;
    if ((i & 15) == 0 && now() - t0 > o->seconds) break;
  }
  shutdown(fd, SHUT_WR);
  uint64_t got = 0;
  if (recv(fd, &got, sizeof got, MSG_WAITALL) != sizeof got) die("recv");
  double t1 = now();
  report(i, t1 - t0, (long)got);
  close(fd);
}

int main(int argc, char **argv) {
  struct opts o = parse(argc, argv);
  if (!strcmp(o.role, "server")) receiver(&o);
  else sender(&o);
  return 0;
}
