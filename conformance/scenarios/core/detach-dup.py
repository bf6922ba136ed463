"""§7.2 detach() and §7.3 dup()/fromfd (t:3059, t:3016, t:6466, py:280)."""
import socket

from fdtools import is_inheritable, is_nonblocking


def run(h):
    # detach: returns the fd, marks the socket closed, leaves the fd open; rewrapping works
    s = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    s.bind(("127.0.0.1", 0))
    name = s.getsockname()
    fd = s.fileno()
    h.step("detach returns the fd", lambda: s.detach() == fd)
    h.check("fileno after detach", s.fileno())
    h.check("fd still open after detach", h.fd_open(fd))
    h.step("recv after detach", lambda: s.recv(1))
    h.step("close after detach (fd stays open)", s.close)
    h.check("fd still open after close of the detached socket", h.fd_open(fd))
    r = h.track(socket.socket(fileno=fd))
    h.check("rewrapped: family, type, proto", [int(r.family), int(r.type), r.proto])
    h.check("rewrapped: same name", r.getsockname() == name)
    h.check("rewrapped: timeout", r.gettimeout())

    # the flag detach leaves, per mode (§3.1)
    for label, t in (("blocking", None), ("non-blocking", 0), ("timeout", 2.5)):
        u = h.track(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
        u.settimeout(t)
        dfd = h.track_fd(u.detach())
        h.check(f"O_NONBLOCK of the fd detach leaves ({label})", is_nonblocking(dfd))

    # dup: a new non-inheritable fd, same family/type/proto, the timeout copied
    a = h.track(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
    a.settimeout(3.5)
    a.bind(("127.0.0.1", 0))
    b = h.track(h.step("dup", a.dup))
    h.check("dup: a different fd", b.fileno() != a.fileno())
    h.check("dup: family, type, proto", [int(b.family), int(b.type), b.proto])
    h.check("dup: timeout copied", b.gettimeout())
    h.check("dup: same name", b.getsockname() == a.getsockname())
    h.check("dup: not inheritable", is_inheritable(b.fileno()))
    a.settimeout(0)
    c = h.track(a.dup())
    h.check("dup of a non-blocking socket: timeout", c.gettimeout())
    h.check("dup of a non-blocking socket: blocking", c.getblocking())

    # fromfd duplicates: closing the original leaves the copy working
    x = h.track(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
    x.bind(("127.0.0.1", 0))
    y = h.track(h.step("fromfd", lambda: socket.fromfd(x.fileno(), socket.AF_INET, socket.SOCK_DGRAM)))
    h.check("fromfd: a different fd", y.fileno() != x.fileno())
    x.close()
    h.check("fromfd: the copy works after the original closed", y.getsockname()[0])
    h.check("fromfd: not inheritable", is_inheritable(y.fileno()))
    h.step("fromfd of a closed fd", lambda: socket.fromfd(x.fileno(), socket.AF_INET, socket.SOCK_DGRAM))
    h.step("fromfd(-1)", lambda: socket.fromfd(-1, socket.AF_INET, socket.SOCK_DGRAM))
