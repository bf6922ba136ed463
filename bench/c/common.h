/* Shared helpers of the C floor programs: argument parsing, clocks, results. */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

struct opts {
  const char *role;     /* server | client */
  const char *scenario; /* tcp | udp | unix-stream | unix-dgram | socketpair | bulk | getsockopt */
  const char *addr;     /* port (client), or socket path */
  long count;           /* hard cap on measured iterations */
  double seconds;       /* hard cap on measured time */
  long warmup;
  int size;             /* message or write size in bytes */
  int fd;               /* inherited socketpair end, or -1 */
};

static inline void die(const char *what) {
  fprintf(stderr, "bench-c: %s: %s\n", what, strerror(errno));
  exit(2);
}

static inline double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static inline long peak_rss_kb(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

/* argv: role scenario [key=value ...] */
static inline struct opts parse(int argc, char **argv) {
  struct opts o = {0};
  o.count = 100000;
  o.seconds = 5;
  o.warmup = 1000;
  o.size = 64;
  o.fd = -1;
  o.addr = "";
  if (argc < 3) {
    fprintf(stderr, "usage: %s server|client scenario [count=N seconds=S warmup=N size=N addr=A fd=N]\n", argv[0]);
    exit(2);
  }
  o.role = argv[1];
  o.scenario = argv[2];
  for (int i = 3; i < argc; i++) {
    char *eq = strchr(argv[i], '=');
    if (!eq) continue;
    *eq = 0;
    const char *k = argv[i], *v = eq + 1;
    if (!strcmp(k, "count")) o.count = atol(v);
    else if (!strcmp(k, "seconds")) o.seconds = atof(v);
    else if (!strcmp(k, "warmup")) o.warmup = atol(v);
    else if (!strcmp(k, "size")) o.size = atoi(v);
    else if (!strcmp(k, "addr")) o.addr = v;
    else if (!strcmp(k, "fd")) o.fd = atoi(v);
  }
  return o;
}

static inline void report(long ops, double secs, long bytes) {
  printf("{\"ops\":%ld,\"seconds\":%.9f,\"bytes\":%ld,\"rssKb\":%ld}\n", ops, secs, bytes, peak_rss_kb());
  fflush(stdout);
}

#endif
