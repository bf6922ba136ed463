"""§2.5 AF_TIPC: (addr_type, v1, v2, v3[, scope]) as getsockaddrarg parses it, on a Unix socket pair adopted as AF_TIPC (no TIPC kernel needed: a Unix socket answers EINVAL to a sockaddr_tipc that reaches bind(2))."""
import socket

T = socket.AF_TIPC
SEQ, NAME, ID = socket.TIPC_ADDR_NAMESEQ, socket.TIPC_ADDR_NAME, socket.TIPC_ADDR_ID


def run(h):
    a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
    s = h.track(socket.socket(T, socket.SOCK_RDM, 0, a.detach()))
    h.track(b)
    h.check("family, type", [int(s.family), int(s.type)])
    for label, addr in (
        ("NAMESEQ", (SEQ, 2000, 200, 210)),
        ("NAMESEQ node scope", (SEQ, 2000, 200, 210, socket.TIPC_NODE_SCOPE)),
        ("NAME", (NAME, 2000, 205, 0)),
        ("ID", (ID, 1, 2, 0)),
        ("scope 255", (SEQ, 1, 2, 3, 255)),
        ("scope -1", (SEQ, 1, 2, 3, -1)),
        ("addr_type 0", (0, 1, 2, 3)),
        ("addr_type 4", (4, 1, 2, 3)),
        ("three members", (SEQ, 1, 2)),
        ("six members", (SEQ, 1, 2, 3, 4, 5)),
        ("empty", ()),
        ("float member", (SEQ, 1.5, 2, 3)),
        ("str member", (SEQ, "1", 2, 3)),
        ("None member", (SEQ, 1, 2, None)),
        ("v3 -1", (SEQ, 1, 2, -1)),
        ("v1 2**32", (SEQ, 2**32, 2, 3)),
        ("scope 256", (SEQ, 1, 2, 3, 256)),
        ("a str", "tipc"),
        ("None", None),
    ):
        h.step(f"bind {label}", lambda: s.bind(addr))
    h.step("connect addr_type 4", lambda: s.connect((4, 1, 2, 3)))
    h.step("sendto NAME", lambda: s.sendto(b"x", (NAME, 2000, 205, 0)))
    h.step("sendto three members", lambda: s.sendto(b"x", (NAME, 2000, 205)))
