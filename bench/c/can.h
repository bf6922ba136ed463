/* What the CAN sender and the C receiver share: the frame ids, the payload layout and the socket. */
#ifndef BENCH_CAN_H
#define BENCH_CAN_H

#include <linux/can.h>
#include <linux/can/raw.h>
#include <net/if.h>
#include <stdint.h>
#include <sys/socket.h>
#include <unistd.h>
#include "common.h"

#ifndef SO_RXQ_OVFL
#define SO_RXQ_OVFL 40
#endif

/* A data frame: id 0x100, 8 bytes, bytes 0..3 the sequence number (little-endian), byte 4 1 once the
 * measured phase has begun (0 in the warmup), 5..7 0xA5. */
#define BENCH_CAN_DATA_ID 0x100
/* The end frame, sent a few times after the last data frame: bytes 0..3 the number of data frames sent. */
#define BENCH_CAN_END_ID 0x101

static inline void put_u32le(uint8_t *p, uint32_t v) {
  p[0] = v & 0xff;
  p[1] = (v >> 8) & 0xff;
  p[2] = (v >> 16) & 0xff;
  p[3] = (v >> 24) & 0xff;
}

static inline uint32_t get_u32le(const uint8_t *p) {
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((uint32_t)p[3] << 24);
}

/* A CAN_RAW socket bound to `ifname`. */
static inline int can_open(const char *ifname) {
  int fd = socket(PF_CAN, SOCK_RAW, CAN_RAW);
  if (fd < 0) die("socket(AF_CAN)");
  struct sockaddr_can addr = {0};
  addr.can_family = AF_CAN;
  addr.can_ifindex = if_nametoindex(ifname);
  if (!addr.can_ifindex) die(ifname);
  if (bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0) die("bind");
  return fd;
}

/* The value of `key=` in argv, or `fallback`. */
static inline double arg_num(int argc, char **argv, const char *key, double fallback) {
  size_t n = strlen(key);
  for (int i = 3; i < argc; i++)
    if (!strncmp(argv[i], key, n) && argv[i][n] == '=') return atof(argv[i] + n + 1);
  return fallback;
}

#endif
