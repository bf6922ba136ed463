/*
 * The C receiver (the floor), as candump reads: recvmsg(2) of one frame at a
 * time with SO_RXQ_OVFL's control message. Counts the data frames of the
 * sender's measured phase (byte 4 set), until the end frame. Diagnostic
 * variants: `ovfl=0` leaves SO_RXQ_OVFL off; `mmsg=N` reads with recvmmsg(2)
 * of up to N frames per call (as frames() does), each with its control room.
 * It also reports its CPU time (user and system, µs) per counted frame,
 * from the first counted frame to the end.
 */
#define _GNU_SOURCE /* recvmmsg */
#include <sys/resource.h>
#include <sys/time.h>
#include "can.h"

#define MMSG_MAX 256

static double cpu_us(int sys) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  struct timeval t = sys ? ru.ru_stime : ru.ru_utime;
  return t.tv_sec * 1e6 + t.tv_usec;
}

int main(int argc, char **argv) {
  struct opts o = parse(argc, argv);
  int fd = can_open(o.addr);
  int one = 1;
  int use_ovfl = arg_num(argc, argv, "ovfl", 1) != 0;
  int batch = (int)arg_num(argc, argv, "mmsg", 0);
  if (batch > MMSG_MAX) batch = MMSG_MAX;
  if (use_ovfl && setsockopt(fd, SOL_SOCKET, SO_RXQ_OVFL, &one, sizeof one) < 0) die("SO_RXQ_OVFL");
  struct timeval tv = {1, 0}; /* wake up every second to check the deadline */
  if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) < 0) die("SO_RCVTIMEO");
  printf("READY %s\n", o.addr);
  fflush(stdout);

  double deadline = now() + o.seconds + 30;
  static struct can_frame f[MMSG_MAX];
  static char ctrl[MMSG_MAX][128];
  static struct iovec iov[MMSG_MAX];
  static struct mmsghdr msgs[MMSG_MAX];
  int slots = batch > 0 ? batch : 1;
  long counted = 0, maxseq = -1, ended = 0;
  uint32_t ovfl = 0, ovfl0 = 0;
  int have0 = 0;
  double u0 = 0, s0 = 0;
  while (!ended && now() < deadline) {
    for (int i = 0; i < slots; i++) {
      iov[i].iov_base = &f[i];
      iov[i].iov_len = sizeof f[i];
      memset(&msgs[i].msg_hdr, 0, sizeof msgs[i].msg_hdr);
      msgs[i].msg_hdr.msg_iov = &iov[i];
      msgs[i].msg_hdr.msg_iovlen = 1;
      msgs[i].msg_hdr.msg_control = ctrl[i];
      msgs[i].msg_hdr.msg_controllen = batch > 0 ? sizeof ctrl[i] : CMSG_SPACE(sizeof(uint32_t));
    }
    int got;
    if (batch > 0) {
      got = recvmmsg(fd, msgs, slots, MSG_WAITFORONE, NULL);
    } else {
      ssize_t n = recvmsg(fd, &msgs[0].msg_hdr, 0);
      got = n < 0 ? -1 : 1;
    }
    if (got < 0) {
      if (errno == EAGAIN || errno == EINTR) continue;
      die(batch > 0 ? "recvmmsg" : "recvmsg");
    }
    for (int i = 0; i < got && !ended; i++) {
      struct msghdr *msg = &msgs[i].msg_hdr;
      for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR(msg, c))
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL) memcpy(&ovfl, CMSG_DATA(c), sizeof ovfl);
      if ((f[i].can_id & CAN_SFF_MASK) == BENCH_CAN_END_ID) {
        ended = get_u32le(f[i].data);
        break;
      }
      long seq = get_u32le(f[i].data);
      if (seq > maxseq) maxseq = seq;
      if (f[i].data[4] == 1) {
        if (!have0) ovfl0 = ovfl, have0 = 1, u0 = cpu_us(0), s0 = cpu_us(1);
        counted++;
      }
    }
  }
  long sent = ended ? ended : maxseq + 1;
  double us_user = counted ? (cpu_us(0) - u0) / counted : 0, us_sys = counted ? (cpu_us(1) - s0) / counted : 0;
  printf("{\"counted\":%ld,\"sent\":%ld,\"ended\":%s,\"ovfl\":%u,\"rssKb\":%ld,\"usUser\":%.2f,\"usSys\":%.2f}\n", counted, sent, ended ? "true" : "false",
         use_ovfl ? ovfl - ovfl0 : 0, peak_rss_kb(), us_user, us_sys);
  fflush(stdout);
  return 0;
}
