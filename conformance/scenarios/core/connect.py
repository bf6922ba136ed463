"""§7.14 connect and connect_ex: errno ints, EINPROGRESS, EWOULDBLOCK on timeout (§3.5) — loopback only.

A connect that cannot complete is made by filling a listen(0) backlog: the
kernel then drops the SYN and the connect waits until its timeout.
"""
import socket
import time

T = 0.2


def run(h):
    L = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    L.bind(("127.0.0.1", 0))
    L.listen()
    addr = L.getsockname()
    closed = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    closed.bind(("127.0.0.1", 0))
    dead = closed.getsockname()
    closed.close()

    c = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    h.step("connect_ex to a listener", lambda: c.connect_ex(addr))
    h.step("connect_ex when already connected", lambda: c.connect_ex(addr))
    h.step("connect when already connected", lambda: c.connect(addr))
    ct = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    ct.settimeout(2.0)
    h.step("timeout mode: connect_ex, then again twice", lambda: [ct.connect_ex(addr), ct.connect_ex(addr), ct.connect_ex(addr)])
    c2 = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    h.step("connect_ex to a closed port", lambda: c2.connect_ex(dead))
    c3 = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    h.step("connect to a closed port", lambda: c3.connect(dead))
    c4 = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    c4.settimeout(1.0)
    h.step("connect_ex with a timeout, refused", lambda: c4.connect_ex(dead))
    c5 = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    c5.setblocking(False)
    h.step("connect_ex non-blocking", lambda: c5.connect_ex(addr))
    c6 = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    c6.setblocking(False)
    h.step("connect non-blocking", lambda: c6.connect(addr))
    c7 = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    h.step("connect_ex with a bad port", lambda: c7.connect_ex(("127.0.0.1", 70000)))
    h.step("connect_ex with a non-tuple", lambda: c7.connect_ex("127.0.0.1"))
    h.step("connect_ex to an unresolvable name (no DNS query: glibc refuses the name)", lambda: c7.connect_ex(("bad host name", 80)))

    full = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    full.bind(("127.0.0.1", 0))
    full.listen(0)
    filler = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    filler.settimeout(T)
    filler.connect_ex(full.getsockname())

    def timed(fn):
        t0 = time.monotonic()
        try:
            r = fn()
        except OSError as e:
            r = e
        return [r, T * 0.9 <= time.monotonic() - t0 < T + 1.0]

    w = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    w.settimeout(T)
    h.step("connect_ex times out: EWOULDBLOCK", lambda: timed(lambda: w.connect_ex(full.getsockname())))
    w2 = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    w2.settimeout(T)
    h.step("connect times out: TimeoutError", lambda: timed(lambda: w2.connect(full.getsockname())))
