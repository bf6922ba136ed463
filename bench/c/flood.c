/*
 * The datagram flood: one program, two roles.
 *
 * `flood send <udp-flood|unix-dgram-flood> addr=<port|path> ...` is the sender
 * every receiver shares: a connected socket, sendmmsg(2) of `batch` (64)
 * 64-byte datagrams per call. A warmup (at least `warmup` datagrams and
 * `warmupsec` seconds: a JIT compiles the receive loop) and then up to
 * `count` measured datagrams for at most `seconds`. Each datagram's bytes
 * 0..3 are its sequence number (little-endian) and byte 4 its phase: 0
 * warmup, 1 measured, 2 end (then bytes 0..3 hold the number of measured
 * datagrams sent). It prints {"sent", "warmup", "seconds"} and then sends the
 * end datagram every millisecond for 3 s, so that a UDP receiver whose queue
 * was full when the first one came still gets one (a Unix datagram send
 * blocks while the receiver's queue is full, so the first one arrives); the
 * runner kills it as soon as the receiver has reported. `rate=N` paces it to
 * about N datagrams/s (sleeping between batches), for the quick smoke run.
 *
 * `flood recv <scenario> addr=<path> ...` is the floor: recvmmsg(2) of up to
 * `batch` datagrams per call (MSG_WAITFORONE). It prints READY <port|path>,
 * counts the measured datagrams, and stops at the end datagram, or `idle`
 * seconds after its last datagram (a lost end marker), or `seconds + 30` s
 * in; it prints {"counted", "seconds", "ended", "rssKb", "usUser", "usSys"}:
 * seconds from its first measured datagram to the end (the end datagram's
 * arrival, else its last datagram), CPU µs per counted datagram, and the
 * receive calls made after the first measured datagram (datagrams per call
 * says how full the batches were).
 */
#define _GNU_SOURCE /* recvmmsg, sendmmsg */
#include <stdint.h>
#include <sys/resource.h>
#include <sys/time.h>
#include "sockets.h"

#define SIZE 64
#define BATCH_MAX 1024

static int arg_int(int argc, char **argv, const char *key, int fallback) {
  size_t n = strlen(key);
  for (int i = 3; i < argc; i++)
    if (!strncmp(argv[i], key, n) && argv[i][n] == '=') return atoi(argv[i] + n + 1);
  return fallback;
}

static double arg_dbl(int argc, char **argv, const char *key, double fallback) {
  size_t n = strlen(key);
  for (int i = 3; i < argc; i++)
    if (!strncmp(argv[i], key, n) && argv[i][n] == '=') return atof(argv[i] + n + 1);
  return fallback;
}

static double cpu_us(int sys) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  struct timeval t = sys ? ru.ru_stime : ru.ru_utime;
  return t.tv_sec * 1e6 + t.tv_usec;
}

static int is_udp(const char *scenario) { return !strncmp(scenario, "udp", 3); }

static void put_u32le(uint8_t *p, uint32_t v) {
  p[0] = v & 0xff;
  p[1] = (v >> 8) & 0xff;
  p[2] = (v >> 16) & 0xff;
  p[3] = (v >> 24) & 0xff;
}

static uint8_t bufs[BATCH_MAX][SIZE];
static struct iovec iov[BATCH_MAX];
static struct mmsghdr msgs[BATCH_MAX];

/* Sends msgs[0..n): returns 0, or -1 once the receiver is gone (ECONNREFUSED). */
static int send_all(int fd, int n) {
  int done = 0;
  while (done < n) {
    int r = sendmmsg(fd, msgs + done, n - done, 0);
    if (r < 0) {
      if (errno == EINTR || errno == ENOBUFS || errno == EAGAIN) continue;
      if (errno == ECONNREFUSED) return -1;
      die("sendmmsg");
    }
    done += r;
  }
  return 0;
}

static int sender(const struct opts *o, int batch, double warmupsec, double rate) {
  int fd;
  if (is_udp(o->scenario)) {
    fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0) die("socket");
    struct sockaddr_in sa = loopback(atoi(o->addr));
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) die("connect");
  } else {
    fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    if (fd < 0) die("socket");
    socklen_t len;
    struct sockaddr_un sa = unix_path(o->addr, &len);
    if (connect(fd, (struct sockaddr *)&sa, len) < 0) die("connect");
  }
  for (int i = 0; i < batch; i++) {
    memset(bufs[i], 0xA5, SIZE);
    iov[i].iov_base = bufs[i];
    iov[i].iov_len = SIZE;
    memset(&msgs[i].msg_hdr, 0, sizeof msgs[i].msg_hdr);
    msgs[i].msg_hdr.msg_iov = &iov[i];
    msgs[i].msg_hdr.msg_iovlen = 1;
  }
  uint32_t seq = 0;
  long measured = 0, warm = 0;
  int phase = 0, gone = 0;
  double start = now(), t0 = start;
  while (!gone && measured < o->count) {
    if (phase == 0 && (long)seq >= o->warmup && now() - start >= warmupsec) {
      phase = 1;
      warm = seq;
      t0 = now();
    }
    int n = batch;
    if (phase == 1 && o->count - measured < n) n = (int)(o->count - measured);
    for (int i = 0; i < n; i++) {
      put_u32le(bufs[i], seq + i);
      bufs[i][4] = (uint8_t)phase;
    }
    if (send_all(fd, n) < 0) gone = 1;
    seq += n;
    if (rate > 0) {
      /* Paced (the quick run's smoke test): sleep until this batch's due time, so a receiver on the same CPU keeps up. */
      double ahead = start + seq / rate - now();
      if (ahead > 0) {
        struct timespec ts = {(time_t)ahead, (long)((ahead - (time_t)ahead) * 1e9)};
        nanosleep(&ts, NULL);
      }
    }
    if (phase == 1) {
      measured += n;
      if (now() - t0 > o->seconds) break;
    }
  }
  double secs = now() - t0;
  printf("{\"sent\":%ld,\"warmup\":%ld,\"seconds\":%.9f,\"gone\":%s}\n", measured, warm, secs, gone ? "true" : "false");
  fflush(stdout);

  put_u32le(bufs[0], (uint32_t)measured);
  bufs[0][4] = 2;
  for (int k = 0; k < 3000 && !gone; k++) {
    if (send_all(fd, 1) < 0) break;
    struct timespec ts = {0, 1000 * 1000};
    nanosleep(&ts, NULL);
  }
  return 0;
}

static int receiver(const struct opts *o, int batch, double idle) {
  int fd;
  if (is_udp(o->scenario)) {
    fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0) die("socket");
    struct sockaddr_in sa = loopback(0);
    socklen_t len = sizeof sa;
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0) die("bind");
    getsockname(fd, (struct sockaddr *)&sa, &len);
    printf("READY %d\n", ntohs(sa.sin_port));
  } else {
    fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    if (fd < 0) die("socket");
    socklen_t len;
    struct sockaddr_un sa = unix_path(o->addr, &len);
    unlink(o->addr);
    if (bind(fd, (struct sockaddr *)&sa, len) < 0) die("bind");
    printf("READY %s\n", o->addr);
  }
  fflush(stdout);
  /* Wake up every 100 ms to check the idle gap and the deadline. */
  struct timeval tv = {0, 100 * 1000};
  if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) < 0) die("SO_RCVTIMEO");
  for (int i = 0; i < batch; i++) {
    iov[i].iov_base = bufs[i];
    iov[i].iov_len = SIZE;
    memset(&msgs[i].msg_hdr, 0, sizeof msgs[i].msg_hdr);
    msgs[i].msg_hdr.msg_iov = &iov[i];
    msgs[i].msg_hdr.msg_iovlen = 1;
  }
  double deadline = now() + o->seconds + 30;
  long counted = 0, calls = 0;
  int ended = 0;
  double t0 = 0, tlast = 0, u0 = 0, s0 = 0;
  while (!ended) {
    int got = recvmmsg(fd, msgs, batch, MSG_WAITFORONE, NULL);
    double t = now();
    if (got < 0) {
      if (errno != EAGAIN && errno != EINTR) die("recvmmsg");
      if (t > deadline || (counted > 0 && t - tlast > idle)) break;
      continue;
    }
    if (counted > 0) calls++;
    for (int i = 0; i < got; i++) {
      uint8_t phase = bufs[i][4];
      if (phase == 1) {
        if (counted++ == 0) t0 = t, u0 = cpu_us(0), s0 = cpu_us(1);
      } else if (phase == 2) {
        ended = 1;
        break;
      }
    }
    tlast = t;
    if (t > deadline) break;
  }
  double secs = counted ? tlast - t0 : 0;
  double us_user = counted ? (cpu_us(0) - u0) / counted : 0, us_sys = counted ? (cpu_us(1) - s0) / counted : 0;
  printf("{\"counted\":%ld,\"seconds\":%.9f,\"ended\":%s,\"rssKb\":%ld,\"usUser\":%.3f,\"usSys\":%.3f,\"calls\":%ld}\n", counted, secs, ended ? "true" : "false",
         peak_rss_kb(), us_user, us_sys, calls);
  fflush(stdout);
  return 0;
}

int main(int argc, char **argv) {
  /* Before parse(), which cuts argv's key=value strings at the '='. */
  int batch = arg_int(argc, argv, "batch", 64);
  double warmupsec = arg_dbl(argc, argv, "warmupsec", 0);
  double rate = arg_dbl(argc, argv, "rate", 0);
  double idle = arg_dbl(argc, argv, "idle", 1);
  if (batch < 1) batch = 1;
  if (batch > BATCH_MAX) batch = BATCH_MAX;
  struct opts o = parse(argc, argv);
  if (!strcmp(o.role, "send")) return sender(&o, batch, warmupsec, rate);
  if (!strcmp(o.role, "recv")) return receiver(&o, batch, idle);
  fprintf(stderr, "flood: unknown role %s\n", o.role);
  return 2;
}
