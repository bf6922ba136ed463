"""The CPython receiver of the datagram flood, as a Python user writes it: a
blocking socket, recv(64) per datagram (a new bytes object each). SO_RCVTIMEO
(not settimeout, which would poll before every recv) wakes it every 100 ms
to check the idle gap. Prints what bench/c/flood.c's receiver prints.
argv: recv <udp-flood|unix-dgram-flood> key=value..."""
import json
import os
import resource
import socket
import struct
import time


def main():
    import sys

    scenario = sys.argv[2]
    opts = dict(a.split("=", 1) for a in sys.argv[3:] if "=" in a)
    seconds = float(opts.get("seconds", 5))
    idle = float(opts.get("idle", 1))
    udp = scenario.startswith("udp")
    if udp:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind(("127.0.0.1", 0))
        where = s.getsockname()[1]
    else:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        try:
            os.unlink(opts["addr"])
        except FileNotFoundError:
            pass
        s.bind(opts["addr"])
        where = opts["addr"]
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack("ll", 0, 100000))
    print(f"READY {where}", flush=True)
    now = time.monotonic
    deadline = now() + seconds + 30
    counted, t0, t_last, ended, cpu0 = 0, 0.0, 0.0, False, None
    recv = s.recv
    while True:
        try:
            b = recv(64)
        except BlockingIOError:
            t = now()
            if t > deadline or (counted and t - t_last > idle):
                break
            continue
        phase = b[4]
        if phase == 1:
            counted += 1
            if counted == 1:
                t0 = t_last = now()
                cpu0 = os.times()
            elif counted & 63 == 0:
                t_last = now()
        elif phase == 2:
            ended = True
            t_last = now()
            break
    user = sys_ = 0.0
    if cpu0 is not None and counted:
        t1 = os.times()
        user = (t1.user - cpu0.user) * 1e6 / counted
        sys_ = (t1.system - cpu0.system) * 1e6 / counted
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = {"counted": counted, "seconds": t_last - t0 if counted else 0, "ended": ended, "rssKb": rss, "usUser": round(user, 3), "usSys": round(sys_, 3)}
    print(json.dumps(out), flush=True)


main()
