"""§7.5 .type strips SOCK_NONBLOCK/SOCK_CLOEXEC (t:1991) and §7.6 non-inheritable fds (t:6451)."""
import socket

from fdtools import is_inheritable


def run(h):
    s = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK))
    h.check("type with SOCK_NONBLOCK", int(s.type))
    h.check("timeout with SOCK_NONBLOCK", s.gettimeout())
    for t in (None, 0, 1.5):
        s.settimeout(t)
        h.check(f"type after settimeout({t})", int(s.type))
    c = h.track(socket.socket(socket.AF_INET, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC))
    h.check("type with SOCK_CLOEXEC", int(c.type))
    h.check("timeout with SOCK_CLOEXEC", c.gettimeout())
    b = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK | socket.SOCK_CLOEXEC))
    h.check("type with both flags", int(b.type))

    h.check("socket(): inheritable", s.get_inheritable())
    h.check("socket(): FD_CLOEXEC", not is_inheritable(s.fileno()))
    h.step("set_inheritable(True)", lambda: s.set_inheritable(True))
    h.check("get_inheritable after True", s.get_inheritable())
    h.check("fd flag after True", is_inheritable(s.fileno()))
    h.step("set_inheritable(False)", lambda: s.set_inheritable(False))
    h.check("get_inheritable after False", s.get_inheritable())

    a, b2 = h.track(socket.socketpair())
    h.check("socketpair(): inheritable", [a.get_inheritable(), b2.get_inheritable()])
    d = h.track(a.dup())
    h.check("dup(): inheritable", d.get_inheritable())
    lst = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    lst.bind(("127.0.0.1", 0))
    lst.listen()
    h.track(socket.create_connection(lst.getsockname()))
    conn, _ = lst.accept()
    h.track(conn)
    h.check("accept(): inheritable", conn.get_inheritable())
    h.check("accept(): type", int(conn.type))
    h.check("accept(): family, proto", [int(conn.family), conn.proto])
