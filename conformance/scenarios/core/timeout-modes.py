"""§7.10 the mode matrix of §3.1 (t:5274, t:6520) and §7.11 settimeout errors (t:1304, t:5428)."""
import socket

from fdtools import is_nonblocking


def run(h):
    def state(label, s):
        h.check(f"{label}: gettimeout, getblocking", [s.gettimeout(), s.getblocking()])
        h.check(f"O_NONBLOCK: {label}", is_nonblocking(s.fileno()))

    s = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    state("new socket", s)
    for label, t in (("None", None), ("0", 0), ("0.0", 0.0), ("2.0", 2.0), ("0.25", 0.25), ("INT_MAX ms * 2", 2**31 / 1000 * 2)):
        h.step(f"settimeout({label})", lambda: s.settimeout(t))
        state(f"after settimeout({label})", s)
    for flag in (False, True):
        h.step(f"setblocking({flag})", lambda: s.setblocking(flag))
        state(f"after setblocking({flag})", s)
    s.settimeout(1.5)
    h.step("setblocking(True) after a timeout", lambda: s.setblocking(True))
    state("setblocking(True) after a timeout", s)

    n = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK))
    state("SOCK_NONBLOCK at creation", n)

    h.check("getdefaulttimeout initially", socket.getdefaulttimeout())
    for label, t in (("0", 0), ("2.0", 2.0), ("None", None)):
        h.step(f"setdefaulttimeout({label})", lambda: socket.setdefaulttimeout(t))
        h.check(f"getdefaulttimeout after {label}", socket.getdefaulttimeout())
        d = h.track(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
        state(f"new socket with default {label}", d)
        a, b = h.track(socket.socketpair())
        h.check(f"socketpair with default {label}", [a.gettimeout(), b.gettimeout()])
        dn = h.track(socket.socket(socket.AF_INET, socket.SOCK_DGRAM | socket.SOCK_NONBLOCK))
        h.check(f"SOCK_NONBLOCK with default {label}", dn.gettimeout())

    # §7.11 errors
    e = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    e.settimeout(3.0)
    h.step("settimeout(-1)", lambda: e.settimeout(-1))
    h.step("settimeout(-0.5)", lambda: e.settimeout(-0.5))
    h.step("settimeout('x')", lambda: e.settimeout("x"))
    h.step("settimeout(nan)", lambda: e.settimeout(float("nan")))
    h.check("timeout unchanged by the failed calls", e.gettimeout())
    h.step("settimeout(1e10)", lambda: e.settimeout(1e10))
    h.step("settimeout(inf)", lambda: e.settimeout(float("inf")))
    e.settimeout(3.0)
    h.step("settimeout(1e-10) keeps", lambda: (e.settimeout(1e-10), e.gettimeout())[1])
    h.step("setdefaulttimeout(-1)", lambda: socket.setdefaulttimeout(-1))
    h.step("setdefaulttimeout('x')", lambda: socket.setdefaulttimeout("x"))
    h.check("default unchanged by the failed calls", socket.getdefaulttimeout())
