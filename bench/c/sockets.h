/* Opening the sockets of each scenario with blocking fds, as a C program would. */
#ifndef BENCH_SOCKETS_H
#define BENCH_SOCKETS_H

#include <arpa/inet.h>
#include <fcntl.h>
#include <stddef.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "common.h"

static inline void blocking(int fd) {
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0) die("fcntl");
}

static inline struct sockaddr_in loopback(int port) {
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return sa;
}

static inline struct sockaddr_un unix_path(const char *path, socklen_t *len) {
  struct sockaddr_un sa;
  memset(&sa, 0, sizeof sa);
  sa.sun_family = AF_UNIX;
  strncpy(sa.sun_path, path, sizeof sa.sun_path - 1);
  *len = offsetof(struct sockaddr_un, sun_path) + strlen(sa.sun_path) + 1;
  return sa;
}

static inline void nodelay(int fd) {
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

/* Server side: prints READY <port|path> once clients can connect; returns the fd to serve. */
static inline int serve(const struct opts *o, int *is_dgram) {
  const char *s = o->scenario;
  *is_dgram = !strcmp(s, "udp") || !strcmp(s, "unix-dgram");
  if (!strcmp(s, "socketpair")) {
    blocking(o->fd);
    printf("READY %d\n", o->fd);
    fflush(stdout);
    return o->fd;
  }
  int inet = !strcmp(s, "tcp") || !strcmp(s, "udp") || !strcmp(s, "bulk");
  int fd = socket(inet ? AF_INET : AF_UNIX, *is_dgram ? SOCK_DGRAM : SOCK_STREAM, 0);
  if (fd < 0) die("socket");
  if (inet) {
    struct sockaddr_in sa = loopback(0);
    socklen_t len = sizeof sa;
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0) die("bind");
    getsockname(fd, (struct sockaddr *)&sa, &len);
    if (!*is_dgram && listen(fd, 8) < 0) die("listen");
    printf("READY %d\n", ntohs(sa.sin_port));
  } else {
    socklen_t len;
    struct sockaddr_un sa = unix_path(o->addr, &len);
    unlink(o->addr);
    if (bind(fd, (struct sockaddr *)&sa, len) < 0) die("bind");
    if (!*is_dgram && listen(fd, 8) < 0) die("listen");
    printf("READY %s\n", o->addr);
  }
  fflush(stdout);
  if (*is_dgram) return fd;
  int conn = accept(fd, NULL, NULL);
  if (conn < 0) die("accept");
  close(fd);
  if (inet) nodelay(conn);
  return conn;
}

/* Client side: a connected fd (datagram clients bind their own path first). */
static inline int dial(const struct opts *o) {
  const char *s = o->scenario;
  if (!strcmp(s, "socketpair")) {
    blocking(o->fd);
    return o->fd;
  }
  int dgram = !strcmp(s, "udp") || !strcmp(s, "unix-dgram");
  int inet = !strcmp(s, "tcp") || !strcmp(s, "udp") || !strcmp(s, "bulk");
  int fd = socket(inet ? AF_INET : AF_UNIX, dgram ? SOCK_DGRAM : SOCK_STREAM, 0);
  if (fd < 0) die("socket");
  if (inet) {
    struct sockaddr_in sa = loopback(atoi(o->addr));
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) die("connect");
    if (!dgram) nodelay(fd);
  } else {
    socklen_t len;
    if (dgram) {
      char mine[108];
      snprintf(mine, sizeof mine, "%s.c", o->addr);
      unlink(mine);
      struct sockaddr_un me = unix_path(mine, &len);
      if (bind(fd, (struct sockaddr *)&me, len) < 0) die("bind");
    }
    struct sockaddr_un sa = unix_path(o->addr, &len);
    if (connect(fd, (struct sockaddr *)&sa, len) < 0) die("connect");
  }
  return fd;
}

#endif
