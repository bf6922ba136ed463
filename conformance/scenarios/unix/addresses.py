"""§7.31 AF_UNIX addresses (§2.1, t:6104-6230): str/bytes/bytearray paths, abstract names returned as bytes, autobind,
the length limits, unbound names, None for an unbound sender, surrogateescape. Paths are shown relative to a temp dir."""
import os
import re
import socket

U = socket.AF_UNIX


def run(h):
    d = h.tmpdir()
    db = os.fsencode(d)

    def rel(n):
        if isinstance(n, str):
            return n.replace(d, "<dir>")
        if isinstance(n, (bytes, bytearray)) and n.startswith(db):
            return b"<dir>" + bytes(n[len(db):])
        return n

    def bound(addr, typ=socket.SOCK_DGRAM, raw=False):
        s = h.track(socket.socket(U, typ))
        s.bind(addr)
        return s.getsockname() if raw else rel(s.getsockname())

    h.step("bind(str path)", lambda: bound(os.path.join(d, "a")))
    h.step("bind(bytes path)", lambda: bound(db + b"/b"))
    h.step("bind(bytearray path)", lambda: bound(bytearray(db + b"/c")))
    h.step("bind(non-ASCII str path)", lambda: bound(os.path.join(d, "\u00e9t\u00e9")))
    h.step("bind(bytes path, not UTF-8)", lambda: bound(db + b"/\xff\xfe"))
    h.step("bind(surrogateescape str)", lambda: bound(os.fsdecode(db + b"/\xfd")))
    h.step("bind(abstract str)", lambda: bound("\0sockconf-py-abstract-a" + str(os.getpid())) .startswith(b"\0sockconf-py-abstract-a"))
    h.step("bind(abstract bytes): type", lambda: type(bound(b"\0sockconf-abstract-b" + str(os.getpid()).encode())).__name__)
    h.step("bind(abstract with NULs inside)", lambda: bound(b"\0x\0y" + str(os.getpid()).encode())[:4])
    h.step("autobind: '\\0' + 5 hex digits", lambda: bool(re.fullmatch(rb"\0[0-9a-f]{5}", bound(""))))
    h.step("autobind with b''", lambda: bool(re.fullmatch(rb"\0[0-9a-f]{5}", bound(b""))))

    pad = lambda n: os.path.join(d, "p" * (n - len(d) - 1))
    h.step("bind(path of 107 bytes)", lambda: len(bound(pad(107), raw=True)))
    h.step("bind(path of 108 bytes)", lambda: bound(pad(108)))
    h.step("bind(path of 200 bytes)", lambda: bound(pad(200)))
    h.step("bind(abstract of 108 bytes)", lambda: len(bound(b"\0" + (b"h%d" % os.getpid()).ljust(107, b"h"))))
    h.step("bind(abstract of 109 bytes)", lambda: bound(b"\0" + b"h" * 108))
    h.step("bind(path with a NUL inside)", lambda: bound(os.path.join(d, "x\0y")))
    h.step("bind(5)", lambda: bound(5))
    h.step("bind(('a',))", lambda: bound(("a",)))
    h.step("bind(None)", lambda: bound(None))
    h.step("bind(existing path)", lambda: bound(os.path.join(d, "a")))
    h.step("bind(in a missing dir)", lambda: bound(os.path.join(d, "missing", "x")))

    s = h.track(socket.socket(U, socket.SOCK_STREAM))
    h.step("unbound getsockname", s.getsockname)
    h.step("unconnected getpeername", s.getpeername)
    h.step("connect(path nobody listens on)", lambda: s.connect(os.path.join(d, "a")))
    h.step("connect(missing path)", lambda: s.connect(os.path.join(d, "nothing")))
    a, b = h.track(socket.socketpair())
    h.step("socketpair names", lambda: [a.getsockname(), b.getsockname(), a.getpeername(), b.getpeername()])

    srv = h.track(socket.socket(U, socket.SOCK_DGRAM))
    srv.bind(os.path.join(d, "srv"))
    anon = h.track(socket.socket(U, socket.SOCK_DGRAM))
    anon.sendto(b"from nobody", os.path.join(d, "srv"))
    h.step("recvfrom an unbound sender", lambda: srv.recvfrom(100))
    named = h.track(socket.socket(U, socket.SOCK_DGRAM))
    named.bind(os.path.join(d, "named"))
    named.sendto(b"from a path", os.path.join(d, "srv"))
    h.step("recvfrom a path-bound sender", lambda: rel(srv.recvfrom(100)[1]))
    auto = h.track(socket.socket(U, socket.SOCK_DGRAM))
    auto.bind("")
    auto.sendto(b"from autobind", os.path.join(d, "srv"))
    h.step("recvfrom an autobound sender is its name", lambda: srv.recvfrom(100)[1] == auto.getsockname())
    h.step("sendto back to the autobound name", lambda: [srv.sendto(b"back", auto.getsockname()), auto.recv(10)])
    ls = h.track(socket.socket(U, socket.SOCK_STREAM))
    ls.bind(os.path.join(d, "stream"))
    ls.listen()
    cl = h.track(socket.socket(U, socket.SOCK_STREAM))
    cl.connect(os.path.join(d, "stream"))
    conn, peer = ls.accept()
    h.track(conn)
    h.check("accept: address of an unbound client", peer)
    h.check("accepted: getsockname, getpeername", [rel(conn.getsockname()), conn.getpeername()])
    h.check("client: getpeername", rel(cl.getpeername()))
