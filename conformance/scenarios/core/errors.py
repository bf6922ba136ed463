"""§7.7 exception classes: aliases, the PEP 3151 errno table, errno=None errors (t:6081, t:3452)."""
import errno
import socket

NAMES = [
    "EAGAIN", "EALREADY", "EINPROGRESS", "EWOULDBLOCK", "EPIPE", "ESHUTDOWN", "ECHILD", "ECONNABORTED",
    "ECONNREFUSED", "ECONNRESET", "EEXIST", "ENOENT", "EISDIR", "ENOTDIR", "EINTR", "EACCES", "EPERM",
    "ESRCH", "ETIMEDOUT", "EADDRINUSE", "EBADF", "ENOTSOCK", "ENODEV", "EAFNOSUPPORT", "EMSGSIZE",
    "ENOTCONN", "EINVAL", "EADDRNOTAVAIL", "ENOPROTOOPT", "EOPNOTSUPP", "EPROTONOSUPPORT", "EISCONN",
]


def run(h):
    h.check("error is OSError", socket.error is OSError)
    h.check("timeout is TimeoutError", socket.timeout is TimeoutError)
    h.check("gaierror is an OSError", issubclass(socket.gaierror, OSError))
    h.check("herror is an OSError", issubclass(socket.herror, OSError))
    for name in NAMES:
        e = OSError(getattr(errno, name), "x")
        h.check(f"class for {name}", [type(e).__name__, e.errno, [c.__name__ for c in type(e).__mro__ if c not in (BaseException, Exception, object)]])

    # real failures, each with its class and errno
    a = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    a.bind(("127.0.0.1", 0))
    a.listen()
    b = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    h.step("bind to a port in use", lambda: b.bind(a.getsockname()))
    c = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    h.step("recv on an unconnected TCP socket", lambda: c.recv(1))
    h.step("getpeername unconnected", c.getpeername)
    port = a.getsockname()[1]
    a.close()
    h.step("connect to a closed port", lambda: c.connect(("127.0.0.1", port)))
    h.step("socket of an unknown family", lambda: socket.socket(12345, socket.SOCK_STREAM))
    h.step("AF_INET with an unknown type", lambda: socket.socket(socket.AF_INET, 77))
    h.step("AF_INET UDP with proto TCP", lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_TCP))
    u = h.track(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM))
    h.step("AF_UNIX path too long (errno None)", lambda: u.bind("/tmp/" + "x" * 200))
    h.step("connect to a missing path", lambda: u.connect("/nonexistent-dir/x.sock"))
    d = h.track(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
    h.step("getsockopt unknown option", lambda: d.getsockopt(socket.SOL_SOCKET, 9999))
    h.step("shutdown of an unconnected socket", lambda: d.shutdown(socket.SHUT_RDWR))

    def raise_refused():
        raise OSError(errno.ECONNREFUSED, "Connection refused")
    h.step("an errno error's fields", raise_refused)
