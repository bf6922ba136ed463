/*
 * The floor: ping-pong of one message in flight over blocking sockets.
 * server: echoes every message (datagrams back to their sender with sendto)
 * until end of stream, a datagram of another size, or the time cap.
 * client: send, then recv until the whole message is back; reports round trips/s.
 */
#include "sockets.h"

static int recv_all(int fd, char *buf, int size) {
  int got = 0;
  while (got < size) {
    ssize_t n = recv(fd, buf + got, size - got, 0);
    if (n <= 0) return n < 0 && errno == EINTR ? got : -1;
    got += n;
  }
  return got;
}

static void server(const struct opts *o) {
  int dgram;
  int fd = serve(o, &dgram);
  char buf[65536];
  double deadline = now() + o->seconds + 30;
  for (long i = 0;; i++) {
    if ((i & 255) == 0 && now() > deadline) break;
    if (dgram) {
      struct sockaddr_storage from;
      socklen_t len = sizeof from;
      ssize_t n = recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *)&from, &len);
      if (n != o->size) break;
      if (sendto(fd, buf, n, 0, (struct sockaddr *)&from, len) < 0) die("sendto");
    } else {
      if (recv_all(fd, buf, o->size) != o->size) break;
      if (send(fd, buf, o->size, 0) < 0) break;
    }
  }
}

static void client(const struct opts *o) {
  int fd = dial(o);
  char msg[65536], buf[65536];
  memset(msg, 'x', o->size);
  for (long i = 0; i < o->warmup; i++) {
    if (send(fd, msg, o->size, 0) < 0) die("send");
    if (recv_all(fd, buf, o->size) != o->size) die("recv");
  }
  double t0 = now(), t1 = t0;
  long i = 0;
  while (i < o->count) {
    if (send(fd, msg, o->size, 0) < 0) die("send");
    if (recv_all(fd, buf, o->size) != o->size) die("recv");
    i++;
    if ((i & 255) == 0 && (t1 = now()) - t0 > o->seconds) break;
  }
  t1 = now();
  if (!strcmp(o->scenario, "udp") || !strcmp(o->scenario, "unix-dgram")) send(fd, msg, 1, 0);
  report(i, t1 - t0, i * (long)o->size);
  close(fd);
}

int main(int argc, char **argv) {
  struct opts o = parse(argc, argv);
  if (!strcmp(o.role, "server")) server(&o);
  else client(&o);
  return 0;
}
