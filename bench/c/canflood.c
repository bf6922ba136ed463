/*
 * The CAN sender: the same program for every receiver. Sends a warmup (at
 * least `warmup` frames and `warmupsec` seconds: a JIT compiles, a queue
 * fills) and then up to `count` classic data frames on `addr` (an interface),
 * as fast as it can (rate=0) or paced to `rate` frames/s by spinning on the
 * clock, for at most `seconds`; each frame's data holds its sequence number
 * and whether it belongs to the measured phase. Then it prints
 * {"sent", "warmup", "seconds"} (seconds: the measured phase only) and sends
 * the end frame (with the number of data frames sent) every 50 ms for 3 s, so
 * that a receiver still draining a full queue gets one; the runner kills the
 * sender as soon as the receiver has reported.
 */
#include <sched.h>
#include "can.h"

static void send_frame(int fd, struct can_frame *f) {
  for (;;) {
    if (write(fd, f, sizeof *f) == (ssize_t)sizeof *f) return;
    if (errno != ENOBUFS && errno != EAGAIN && errno != EINTR) die("write");
    sched_yield(); /* the device queue is full: try again */
  }
}

int main(int argc, char **argv) {
  double rate = arg_num(argc, argv, "rate", 0);
  double warmupsec = arg_num(argc, argv, "warmupsec", 0);
  struct opts o = parse(argc, argv);
  int fd = can_open(o.addr);
  /* Receive nothing: the sender only sends. */
  if (setsockopt(fd, SOL_CAN_RAW, CAN_RAW_FILTER, NULL, 0) < 0) die("CAN_RAW_FILTER");

  struct can_frame f = {0};
  f.can_id = BENCH_CAN_DATA_ID;
  f.len = 8;
  memset(f.data, 0xA5, 8);
  f.data[4] = 0;
  uint32_t seq = 0;
  double t0 = now(), start = t0;
  long measured = 0, warm = 0;
  int warming = 1;
  for (long i = 0; measured < o.count; i++) {
    if (rate > 0) {
      double due = start + i / rate;
      while (now() < due) {
      }
    }
    if (warming && i >= o.warmup && ((i & 63) == 0 || rate > 0) && now() - start >= warmupsec) {
      warming = 0;
      warm = i;
      f.data[4] = 1;
      t0 = now();
    }
    put_u32le(f.data, seq);
    send_frame(fd, &f);
    seq++;
    if (!warming) {
      measured++;
      if ((measured & 63) == 0 && now() - t0 > o.seconds) break;
    }
  }
  double secs = now() - t0;

  printf("{\"sent\":%u,\"warmup\":%ld,\"seconds\":%.9f}\n", seq, warm, secs);
  fflush(stdout);

  struct can_frame end = {0};
  end.can_id = BENCH_CAN_END_ID;
  end.len = 8;
  put_u32le(end.data, seq);
  for (int k = 0; k < 60; k++) {
    struct timespec ts = {0, 50 * 1000 * 1000};
    nanosleep(&ts, NULL);
    send_frame(fd, &end);
  }
  return 0;
}
