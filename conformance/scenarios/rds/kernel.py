"""§2.11 AF_RDS on a kernel that has it (the kernel lab): bind and getsockname, datagrams with the sender's (host, port), connect and send, and the kernel's errors, over RDS's loopback transport on 127.0.0.1."""
import socket

A = socket.AF_RDS


def rds(h):
    s = h.track(socket.socket(A, socket.SOCK_SEQPACKET, 0))
    s.settimeout(5)
    return s


def run(h):
    try:
        h.track(socket.socket(A, socket.SOCK_SEQPACKET, 0))
    except OSError as e:
        h.skip(f"needs AF_RDS: modprobe rds ({e.strerror})")
    h.step("a SOCK_DGRAM socket", lambda: socket.socket(A, socket.SOCK_DGRAM, 0).close())
    a = rds(h)
    b = rds(h)
    h.step("sendto before bind", lambda: a.sendto(b"x", ("127.0.0.1", 1)))
    a.settimeout(0.5)
    h.step("recv before bind", lambda: a.recv(10))
    a.settimeout(5)
    h.step("bind ('127.0.0.1', 0)", lambda: a.bind(("127.0.0.1", 0)))
    b.bind(("127.0.0.1", 0))
    mine = a.getsockname()
    h.check("getsockname host, port > 0", [mine[0], mine[1] > 0])
    h.step("bind again", lambda: a.bind(("127.0.0.1", 0)))
    c = rds(h)
    h.step("bind to an address no interface has", lambda: c.bind(("10.255.255.1", 0)))
    h.step("bind ('', 0)", lambda: c.bind(("", 0)))
    h.step("getpeername unconnected", a.getpeername)
    h.step("send unconnected", lambda: a.send(b"x"))
    h.step("sendto b", lambda: a.sendto(b"hello", b.getsockname()))

    def recvfrom():
        data, addr = b.recvfrom(100)
        return [data, addr == mine]
    h.step("recvfrom gives (data, the sender's address)", recvfrom)
    h.step("sendto with MSG_DONTWAIT", lambda: a.sendto(b"dw", socket.MSG_DONTWAIT, b.getsockname()))
    h.step("recv MSG_PEEK", lambda: b.recv(100, socket.MSG_PEEK))
    h.step("recv after peek", lambda: b.recv(100))
    h.step("connect", lambda: a.connect(b.getsockname()))
    h.step("getpeername is b", lambda: a.getpeername() == b.getsockname())
    h.step("send connected", lambda: a.send(b"abc"))
    h.step("sendall connected", lambda: a.sendall(b"def"))
    h.step("sendmsg connected", lambda: a.sendmsg([b"g", b"hi"]))
    h.step("recv 1", lambda: b.recv(100))
    h.step("recv 2", lambda: b.recv(100))

    def recvmsg():
        data, anc, flags, addr = b.recvmsg(100)
        return [data, anc, flags, addr == mine]
    h.step("recvmsg", recvmsg)
    h.step("send with MSG_OOB", lambda: a.send(b"x", socket.MSG_OOB))
    b.settimeout(0.2)
    h.step("recv times out", lambda: b.recv(100))
    b.settimeout(0)
    h.step("recv non-blocking", lambda: b.recv(100))
