"""§7.49 makefile: mode validation (t:1867), data both ways, the socket held open until its files close (t:5462-5772).
Python returns file objects and @sock Node streams (an intended difference): only modes, the data and the fd's lifetime are compared."""
import socket


def run(h):
    a, b = h.track(socket.socketpair())
    for mode in ("r", "w", "rw", "rb", "wb", "rwb", "bw", "b", "", "rr", "rt", "x", "r+", "a", "R"):
        def open_it(mode=mode):
            f = a.makefile(mode)
            try:
                return [f.readable(), f.writable()]
            finally:
                f.close()
        h.step(f"makefile({mode!r}): readable, writable", open_it)
    h.step("makefile('r', buffering=0)", lambda: a.makefile("r", buffering=0))

    w = a.makefile("wb")
    h.check("name is the fd", w.name == a.fileno())
    w.write(b"hello\nworld\n")
    w.flush()
    got = b""
    while len(got) < 12:
        got += b.recv(100)
    h.check("the peer receives what the file wrote", got)
    w.close()

    r = a.makefile("rb")
    b.sendall(b"one\ntwo\n")
    b.shutdown(socket.SHUT_WR)
    h.check("the file reads until EOF", r.read())
    fd = a.fileno()
    a.close()
    h.check("after close() with a file open: fileno", a.fileno() == fd)
    h.check("after close() with a file open: the fd is open", h.fd_open(fd))
    r.close()
    h.check("after the file closed too: fileno", a.fileno())
    h.check("after the file closed too: name", r.name)
    h.step("makefile of a closed socket: name", lambda: a.makefile("rb").name)
