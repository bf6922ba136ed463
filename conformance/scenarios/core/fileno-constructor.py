"""§7.4 the fileno= constructor (t:2063-2135) and §7.5 unknown family/type ints (t:2007)."""
import os
import socket


def run(h):
    cases = [
        ("TCP", socket.AF_INET, socket.SOCK_STREAM),
        ("UDP", socket.AF_INET, socket.SOCK_DGRAM),
        ("TCP6", socket.AF_INET6, socket.SOCK_STREAM),
        ("UNIX stream", socket.AF_UNIX, socket.SOCK_STREAM),
        ("UNIX dgram", socket.AF_UNIX, socket.SOCK_DGRAM),
        ("UNIX seqpacket", socket.AF_UNIX, socket.SOCK_SEQPACKET),
    ]
    for label, fam, typ in cases:
        s = socket.socket(fam, typ)
        t = h.track(socket.socket(fileno=s.detach()))
        h.check(f"detected family, type, proto: {label}", [int(t.family), int(t.type), t.proto])

    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    v = h.track(h.step("explicit unknown family/type are kept", lambda: socket.socket(42424, 13331, fileno=u.detach())))
    h.check("kept family, type, proto", [int(v.family), int(v.type), v.proto])

    w = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    x = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM, 99, fileno=w.detach()))
    h.check("explicit proto wins over detection", x.proto)

    h.step("fileno=-1", lambda: socket.socket(fileno=-1))
    h.step("fileno=1.5", lambda: socket.socket(fileno=1.5))
    h.step("fileno='3'", lambda: socket.socket(fileno="3"))
    r = h.track_fd(os.open("/dev/null", os.O_RDONLY))
    h.step("fileno of a non-socket fd (ENOTSOCK)", lambda: socket.socket(fileno=r))
    h.step("fileno of a non-socket fd with a family given", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, fileno=r))
    closed = socket.socket()
    cfd = closed.fileno()
    closed.close()
    h.step("fileno of a closed fd (EBADF)", lambda: socket.socket(fileno=cfd))
