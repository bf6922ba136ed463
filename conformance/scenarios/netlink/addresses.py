"""§7.43 AF_NETLINK (§2.4): (pid, groups) in and out, the errors, and an RTM_GETLINK dump answered by the kernel."""
import socket
import struct

N = socket.AF_NETLINK
RTM_GETLINK = 18
NLM_F_REQUEST_DUMP = 0x301


def run(h):
    s = h.track(socket.socket(N, socket.SOCK_RAW, socket.NETLINK_ROUTE))
    h.check("family, type, proto", [int(s.family), int(s.type), s.proto])
    h.step("unbound getsockname", s.getsockname)

    def bound(addr, typ=socket.SOCK_RAW):
        b = h.track(socket.socket(N, typ, socket.NETLINK_ROUTE))
        b.bind(addr)
        pid, groups = b.getsockname()
        return [pid > 0, groups]

    for label, addr in (
        ("(0, 0)", (0, 0)),
        ("(0, 1)", (0, 1)),
        ("'x'", "x"),
        ("(0,)", (0,)),
        ("(0, 0, 0)", (0, 0, 0)),
        ("('0', 0)", ("0", 0)),
        ("(-1, 0)", (-1, 0)),
        ("(0, 2**32)", (0, 2**32)),
    ):
        h.step(f"bind{label}", lambda: bound(addr))
    h.step("SOCK_DGRAM bind(0, 0)", lambda: bound((0, 0), socket.SOCK_DGRAM))

    q = h.track(socket.socket(N, socket.SOCK_RAW, socket.NETLINK_ROUTE))
    q.settimeout(5)
    q.bind((0, 0))
    req = struct.pack("=IHHII", 32, RTM_GETLINK, NLM_F_REQUEST_DUMP, 1, 0) + bytes(16)
    h.step("sendto(RTM_GETLINK dump, (0, 0))", lambda: q.sendto(req, (0, 0)))

    def answer():
        data, addr = q.recvfrom(65536)
        length, typ, flags, seq, _pid = struct.unpack("=IHHII", data[:16])
        return [len(data) >= length > 16, typ, seq, addr]
    h.step("recvfrom: the kernel's first answer", answer)
