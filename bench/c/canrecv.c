/*
 * The C receiver (the floor), as candump reads: recvmsg(2) of one frame at a
 * time with SO_RXQ_OVFL's control message. Counts the data frames of the
 * sender's measured phase (byte 4 set), until the end frame.
 */
#include <sys/time.h>
#include "can.h"

int main(int argc, char **argv) {
  struct opts o = parse(argc, argv);
  int fd = can_open(o.addr);
  int one = 1;
  if (setsockopt(fd, SOL_SOCKET, SO_RXQ_OVFL, &one, sizeof one) < 0) die("SO_RXQ_OVFL");
  struct timeval tv = {1, 0}; /* wake up every second to check the deadline */
  if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) < 0) die("SO_RCVTIMEO");
  printf("READY %s\n", o.addr);
  fflush(stdout);

  double deadline = now() + o.seconds + 30;
  struct can_frame f;
  char ctrl[CMSG_SPACE(sizeof(uint32_t))];
  struct iovec iov = {&f, sizeof f};
  struct msghdr msg = {0};
  long counted = 0, maxseq = -1, ended = 0;
  uint32_t ovfl = 0, ovfl0 = 0;
  int have0 = 0;
  while (!ended && now() < deadline) {
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = ctrl;
    msg.msg_controllen = sizeof ctrl;
    ssize_t n = recvmsg(fd, &msg, 0);
    if (n < 0) {
      if (errno == EAGAIN || errno == EINTR) continue;
      die("recvmsg");
    }
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c))
      if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL) memcpy(&ovfl, CMSG_DATA(c), sizeof ovfl);
    if ((f.can_id & CAN_SFF_MASK) == BENCH_CAN_END_ID) {
      ended = get_u32le(f.data);
      break;
    }
    long seq = get_u32le(f.data);
    if (seq > maxseq) maxseq = seq;
    if (f.data[4] == 1) {
      if (!have0) ovfl0 = ovfl, have0 = 1;
      counted++;
    }
  }
  long sent = ended ? ended : maxseq + 1;
  printf("{\"counted\":%ld,\"sent\":%ld,\"ended\":%s,\"ovfl\":%u,\"rssKb\":%ld}\n", counted, sent, ended ? "true" : "false", ovfl - ovfl0, peak_rss_kb());
  fflush(stdout);
  return 0;
}
