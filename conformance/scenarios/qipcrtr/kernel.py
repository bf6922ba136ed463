"""§2.9 AF_QIPCRTR on a kernel that has it (the kernel lab): an unbound socket's (node, 0), bind to the local node, autobind on connect, datagrams with the sender's (node, port), and the kernel's errors."""
import socket

A = socket.AF_QIPCRTR


def qrtr(h):
    s = h.track(socket.socket(A, socket.SOCK_DGRAM, 0))
    s.settimeout(5)
    return s


def run(h):
    try:
        h.track(socket.socket(A, socket.SOCK_DGRAM, 0))
    except OSError as e:
        h.skip(f"needs AF_QIPCRTR: modprobe qrtr ({e.strerror})")
    h.step("a SOCK_STREAM socket", lambda: socket.socket(A, socket.SOCK_STREAM, 0).close())
    a = qrtr(h)
    b = qrtr(h)
    node = a.getsockname()[0]
    h.check("unbound getsockname: (node > 0, 0)", [node > 0, a.getsockname()[1]])
    a.settimeout(0.5)
    h.step("recv before bind", lambda: a.recv(10))
    a.settimeout(5)
    h.step("bind to another node", lambda: a.bind((node + 1, 0)))
    h.step("bind (node, 0)", lambda: a.bind((node, 0)))
    h.check("bound port > 0", a.getsockname()[1] > 0)
    h.step("bind again", lambda: a.bind((node, 0)))
    h.step("connect (123, 123) autobinds", lambda: (b.connect((123, 123)), b.getsockname()[1] > 0, b.getpeername()))
    c = qrtr(h)
    c.bind((node, 0))
    h.step("sendto", lambda: c.sendto(b"hello", a.getsockname()))

    def recvfrom():
        data, addr = a.recvfrom(100)
        return [data, addr == c.getsockname()]
    h.step("recvfrom gives (data, the sender's address)", recvfrom)
    h.step("sendto with MSG_DONTWAIT", lambda: c.sendto(b"dw", socket.MSG_DONTWAIT, a.getsockname()))
    h.step("recv MSG_PEEK", lambda: a.recv(100, socket.MSG_PEEK))
    h.step("recv after peek", lambda: a.recv(100))
    h.step("send with MSG_OOB", lambda: c.sendto(b"x", socket.MSG_OOB, a.getsockname()))
    h.step("a message of 65536 bytes", lambda: c.sendto(b"x" * 65536, a.getsockname()))
    a.settimeout(0.2)
    h.step("recv times out", lambda: a.recv(100))
