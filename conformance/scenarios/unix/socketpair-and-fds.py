"""§7.32 socketpair, message boundaries per socket type, §7.28 send_fds / recv_fds (t:7329), peer credentials."""
import os
import socket
import struct

U = socket.AF_UNIX


def kind(s):
    return [int(s.family), int(s.type), s.proto, s.gettimeout()]


def run(h):
    h.step("socketpair()", lambda: [kind(s) for s in h.track(socket.socketpair())])
    h.step("socketpair(None)", lambda: [kind(s) for s in h.track(socket.socketpair(None))])
    for name in ("SOCK_STREAM", "SOCK_DGRAM", "SOCK_SEQPACKET"):
        h.step(f"socketpair(AF_UNIX, {name})", lambda: [kind(s) for s in h.track(socket.socketpair(U, getattr(socket, name)))])
    h.step("socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK)", lambda: [kind(s) for s in h.track(socket.socketpair(U, socket.SOCK_STREAM | socket.SOCK_NONBLOCK))])
    h.step("socketpair(AF_INET)", lambda: socket.socketpair(socket.AF_INET))
    h.step("socketpair(AF_UNIX, 77)", lambda: socket.socketpair(U, 77))
    h.step("socketpair(AF_UNIX, SOCK_STREAM, 5)", lambda: socket.socketpair(U, socket.SOCK_STREAM, 5))
    h.step("socketpair('x')", lambda: socket.socketpair("x"))

    for name in ("SOCK_STREAM", "SOCK_DGRAM", "SOCK_SEQPACKET"):
        a, b = h.track(socket.socketpair(U, getattr(socket, name)))
        a.send(b"ab")
        a.send(b"cd")
        a.send(b"xyz")
        b.settimeout(0)
        got = []
        for _ in range(4):
            try:
                got.append(b.recv(2))
            except BlockingIOError:
                got.append("EAGAIN")
        h.check(f"{name}: three sends, recv(2) four times", got)
        a.send(b"0123456789")
        h.check(f"{name}: recvmsg(4) flags", b.recvmsg(4)[2])

    # send_fds / recv_fds with 10 fds
    a, b = h.track(socket.socketpair(U, socket.SOCK_DGRAM))
    r, w = os.pipe()
    h.track_fd(r)
    h.track_fd(w)
    h.step("send_fds(10 fds)", lambda: socket.send_fds(a, [b"ten"], [w] * 10))
    res = socket.recv_fds(b, 1024, 20)
    fds = [h.track_fd(fd) for fd in res[1]]
    h.check("recv_fds(1024, 20): msg, count, flags, addr", [res[0], len(fds), res[2], res[3]])
    for fd in fds:
        os.write(fd, b".")
    h.check("the 10 fds write into the pipe", os.read(r, 100))
    socket.send_fds(a, [b"more"], [w] * 10)
    res = socket.recv_fds(b, 1024, 5)
    fds = [h.track_fd(fd) for fd in res[1]]
    h.check("recv_fds(1024, 5) of 10: msg, count, MSG_CTRUNC", [res[0], len(fds), bool(res[2] & socket.MSG_CTRUNC)])
    socket.send_fds(a, [b"none"], [])
    res = socket.recv_fds(b, 1024, 4)
    h.check("send_fds with no fds", [res[0], res[1], res[2]])
    h.step("send_fds(bad fd)", lambda: socket.send_fds(a, [b"x"], [-1]))
    h.step("send_fds(fds not ints)", lambda: socket.send_fds(a, [b"x"], ["3"]))
    h.step("recv_fds(maxfds -1)", lambda: socket.recv_fds(b, 10, -1))

    c, d = h.track(socket.socketpair())
    cred = c.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    pid, uid, gid = struct.unpack("3i", cred)
    h.check("SO_PEERCRED: pid is ours, uid, gid", [pid == os.getpid(), uid == os.getuid(), gid == os.getgid()])
