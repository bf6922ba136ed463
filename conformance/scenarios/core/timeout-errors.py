"""§7.12 TimeoutError vs BlockingIOError (t:5975-6056), §7.13 one deadline per call, §7.15 accept's timeout (t:5343-5380)."""
import socket
import threading
import time

T = 0.05


def timed(fn):
    """Runs fn; returns its error and whether it took between T and T + 1 s."""
    t0 = time.monotonic()
    try:
        fn()
        err = None
    except OSError as e:
        err = e
    dt = time.monotonic() - t0
    return [err, T * 0.9 <= dt < T + 1.0]


def run(h):
    a, b = h.track(socket.socketpair())
    a.settimeout(T)
    h.step("recv, timeout", lambda: timed(lambda: a.recv(1)))
    h.step("recvfrom, timeout", lambda: timed(lambda: a.recvfrom(1)))
    h.step("recv_into, timeout", lambda: timed(lambda: a.recv_into(bytearray(4))))
    h.step("recvfrom_into, timeout", lambda: timed(lambda: a.recvfrom_into(bytearray(4))))
    h.step("recvmsg, timeout", lambda: timed(lambda: a.recvmsg(4)))
    h.step("recvmsg_into, timeout", lambda: timed(lambda: a.recvmsg_into([bytearray(4)])))
    a.settimeout(0)
    h.step("recv, non-blocking", lambda: a.recv(1))
    h.step("recvfrom, non-blocking", lambda: a.recvfrom(1))
    h.step("recv_into, non-blocking", lambda: a.recv_into(bytearray(4)))
    h.step("recvmsg, non-blocking", lambda: a.recvmsg(4))

    # fill the send buffer without blocking, then time out sending
    chunk = b"x" * 65536
    filled = False
    for _ in range(2000):
        try:
            a.send(chunk)
        except BlockingIOError:
            filled = True
            break
    h.check("send buffer filled", filled)
    h.step("send, non-blocking, full", lambda: a.send(chunk))
    h.step("sendall, non-blocking, full", lambda: a.sendall(chunk))
    h.step("sendmsg, non-blocking, full", lambda: a.sendmsg([chunk]))
    a.settimeout(T)
    h.step("send, timeout, full", lambda: timed(lambda: a.send(chunk)))
    h.step("sendall, timeout, full", lambda: timed(lambda: a.sendall(chunk)))
    h.step("sendmsg, timeout, full", lambda: timed(lambda: a.sendmsg([chunk])))

    # §7.13 sendall's timeout is one deadline for the whole call, even while every send makes progress
    c, d = h.track(socket.socketpair())
    stop = threading.Event()

    def slow_reader():
        for _ in range(300):
            if stop.is_set():
                return
            try:
                d.recv(4096)
            except OSError:
                return
            time.sleep(0.005)

    t = threading.Thread(target=slow_reader)
    t.start()
    c.settimeout(0.3)

    def total_deadline():
        t0 = time.monotonic()
        try:
            c.sendall(b"y" * (16 << 20))
            return [None, False]
        except OSError as e:
            return [e, 0.27 <= time.monotonic() - t0 < 1.2]
    h.step("sendall: one deadline while the peer drains slowly", total_deadline)
    stop.set()
    t.join(5)

    L = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    L.bind(("127.0.0.1", 0))
    L.listen()
    L.settimeout(T)
    h.step("accept, timeout", lambda: timed(L.accept))
    L.settimeout(0)
    h.step("accept, non-blocking", L.accept)

    # §7.15 the timeout accepted sockets get
    def accepted(label, listener_timeout, default):
        socket.setdefaulttimeout(default)
        try:
            c = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            c.settimeout(None)
            c.connect(L.getsockname())
            L.settimeout(listener_timeout)
            conn, _ = L.accept()
            h.track(conn)
            h.check(label, [conn.gettimeout(), conn.getblocking()])
        finally:
            socket.setdefaulttimeout(None)

    accepted("accepted: listener timeout 1.0, default None", 1.0, None)
    accepted("accepted: listener non-blocking, default None", 0, None)
    accepted("accepted: listener blocking, default None", None, None)
    accepted("accepted: listener timeout 1.0, default 20.0", 1.0, 20.0)
    accepted("accepted: listener blocking, default 0", None, 0)
