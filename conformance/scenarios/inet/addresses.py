"""§7.29 AF_INET and §7.30 AF_INET6 addresses: input forms and errors, output tuples (§2.2, §2.3, t:1905-1990).
Ports are the kernel's choice, so the steps record the host, flowinfo and scope of a name and whether the port is set."""
import socket

BAD_NAME = "bad host name"  # glibc refuses it without a DNS query


def run(h):
    def bound(fam, addr, typ=socket.SOCK_DGRAM):
        s = h.track(socket.socket(fam, typ))
        s.bind(addr)
        n = s.getsockname()
        return [n[0], n[1] > 0, *n[2:]]

    I4, I6 = socket.AF_INET, socket.AF_INET6
    for label, addr in (
        ("('', 0)", ("", 0)),
        ("('127.0.0.1', 0)", ("127.0.0.1", 0)),
        ("('localhost', 0)", ("localhost", 0)),
        ("(b'127.0.0.1', 0)", (b"127.0.0.1", 0)),
        ("(bytearray, 0)", (bytearray(b"127.0.0.1"), 0)),
        ("('127.1', 0)", ("127.1", 0)),
        ("('127.0.0.1', 65536)", ("127.0.0.1", 65536)),
        ("('127.0.0.1', -1)", ("127.0.0.1", -1)),
        ("('127.0.0.1', 2**31)", ("127.0.0.1", 2**31)),
        ("'127.0.0.1'", "127.0.0.1"),
        ("('127.0.0.1',)", ("127.0.0.1",)),
        ("('127.0.0.1', 0, 0)", ("127.0.0.1", 0, 0)),
        ("host with a NUL", ("127.0.0\x001", 0)),
        ("(5, 0)", (5, 0)),
        ("('127.0.0.1', '80')", ("127.0.0.1", "80")),
        ("('127.0.0.1', 1.5)", ("127.0.0.1", 1.5)),
        ("None", None),
        ("['127.0.0.1', 0] (a list)", ["127.0.0.1", 0]),
        ("unresolvable name", (BAD_NAME, 0)),
        ("('::1', 0) on AF_INET", ("::1", 0)),
    ):
        h.step(f"AF_INET bind{label}", lambda: bound(I4, addr))

    b = h.track(socket.socket(I4, socket.SOCK_DGRAM))
    b.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    h.step("AF_INET connect('<broadcast>'): peer", lambda: (b.connect(("<broadcast>", 9)), b.getpeername())[1])
    c = h.track(socket.socket(I4, socket.SOCK_DGRAM))
    h.step("AF_INET unbound getsockname", c.getsockname)
    h.step("AF_INET unconnected getpeername", c.getpeername)
    c.connect(("127.0.0.1", 9))
    h.step("AF_INET connected UDP: peer", c.getpeername)

    for label, addr in (
        ("('::1', 0)", ("::1", 0)),
        ("('', 0)", ("", 0)),
        ("('::1', 0, 0xfffff, 0)", ("::1", 0, 0xFFFFF, 0)),
        ("('::1', 0, 0x100000, 0)", ("::1", 0, 0x100000, 0)),
        ("('::1', 0, -1, 0)", ("::1", 0, -1, 0)),
        ("('::1', 0, 0, 1)", ("::1", 0, 0, 1)),
        ("('::1', 0, 0, -1)", ("::1", 0, 0, -1)),
        ("('::1', 0, 0, 2**32)", ("::1", 0, 0, 2**32)),
        ("('::1', 70000)", ("::1", 70000)),
        ("('fe80::1%lo', 0)", ("fe80::1%lo", 0)),
        ("('fe80::1', 0, 0, 1)", ("fe80::1", 0, 0, 1)),
        ("('<broadcast>', 0)", ("<broadcast>", 0)),
        ("('::1',)", ("::1",)),
        ("('::1', 0, 0, 0, 0)", ("::1", 0, 0, 0, 0)),
        ("'::1'", "::1"),
        ("('127.0.0.1', 0) on AF_INET6", ("127.0.0.1", 0)),
        ("('::ffff:127.0.0.1', 0)", ("::ffff:127.0.0.1", 0)),
        ("('localhost', 0) on AF_INET6", ("localhost", 0)),
    ):
        h.step(f"AF_INET6 bind{label}", lambda: bound(I6, addr))
    d = h.track(socket.socket(I6, socket.SOCK_DGRAM))
    h.step("AF_INET6 unbound getsockname", d.getsockname)
    d.connect(("::1", 9, 0, 0))
    h.step("AF_INET6 connected UDP: peer", d.getpeername)
