"""§2.11 AF_RDS addresses: (host, port) as AF_INET's sockaddr_in, on UDP sockets adopted as AF_RDS (no RDS kernel needed: a UDP socket takes the sockaddr_in CPython writes and reports addresses the same way)."""
import socket

A = socket.AF_RDS


def adopted(h):
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    return h.track(socket.socket(A, socket.SOCK_SEQPACKET, 0, udp.detach()))


def run(h):
    s = adopted(h)
    peer = adopted(h)
    h.check("family, type", [int(s.family), int(s.type)])
    for label, addr in (
        ("'127.0.0.1'", "127.0.0.1"),
        ("('127.0.0.1',)", ("127.0.0.1",)),
        ("3 items", ("127.0.0.1", 1, 2)),
        ("port 65536", ("127.0.0.1", 65536)),
        ("port -1", ("127.0.0.1", -1)),
        ("port '1'", ("127.0.0.1", "1")),
        ("port 1.5", ("127.0.0.1", 1.5)),
        ("port None", ("127.0.0.1", None)),
        ("host 5", (5, 1)),
        ("host None", (None, 1)),
        ("NUL in the host", ("127.0.0.1\0", 1)),
        ("an unresolvable name", ("bad host name", 1)),
        ("a name and port 70000", ("bad host name", 70000)),
        ("'<broadcast>'", ("<broadcast>", 0)),
        ("'300.1.1.1'", ("300.1.1.1", 0)),
    ):
        h.step(f"bind {label}", lambda: s.bind(addr))
    h.step("bind ('127.0.0.1', 0)", lambda: s.bind(("127.0.0.1", 0)))
    h.step("bind again", lambda: s.bind(("127.0.0.1", 0)))
    peer.bind(("127.0.0.1", 0))
    port = peer.getsockname()[1]
    mine = s.getsockname()
    h.check("getsockname host, port > 0", [mine[0], mine[1] > 0])
    h.step("sendto (host, port)", lambda: s.sendto(b"ab", ("127.0.0.1", port)))
    h.step("sendto (b'host', port)", lambda: s.sendto(b"cd", (b"127.0.0.1", port)))
    h.step("sendto port 70000", lambda: s.sendto(b"x", ("127.0.0.1", 70000)))
    for label in ("first", "second"):
        def recv():
            data, addr = peer.recvfrom(10)
            return [data, addr[0], addr[1] == mine[1]]
        h.step(f"recvfrom gives the sender's (host, port), {label}", recv)
    h.step("connect, getpeername", lambda: (s.connect(("127.0.0.1", port)), s.getpeername()[1] == port))
