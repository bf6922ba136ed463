"""§7.24 SCM_RIGHTS (t:3990-4070), §7.25 truncation and MSG_CTRUNC (t:4173-4290), §7.26 the recvmsg shape (t:3558-3700),
§7.27 sendmsg validation (t:3361-3460). AF_UNIX socketpairs carry the ancillary data."""
import array
import os
import socket
import warnings

S = socket.SOL_SOCKET
R = socket.SCM_RIGHTS


def rights(fds):
    return (S, R, array.array("i", fds))


def received(h, anc):
    """The fds of SCM_RIGHTS items, each tracked for closing."""
    out = []
    for lvl, typ, data in anc:
        if lvl == S and typ == R:
            a = array.array("i")
            a.frombytes(data[: len(data) - len(data) % a.itemsize])
            out += [h.track_fd(fd) for fd in a]
    return out


def shape(res):
    """recvmsg's result with the fd numbers left out: data, [(level, type, len)], flags, address."""
    data, anc, flags, addr = res
    return [data, [[lvl, typ, len(d)] for lvl, typ, d in anc], flags, addr]


def run(h):
    r, w = os.pipe()
    h.track_fd(r)
    h.track_fd(w)
    a, b = h.track(socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM))

    h.step("sendmsg 4 fds in one item", lambda: a.sendmsg([b"four"], [rights([w, w, w, w])]))
    res = b.recvmsg(16, socket.CMSG_SPACE(4 * 4))
    h.check("recvmsg with room for 4: shape", shape(res))
    fds = received(h, res[1])
    for i, fd in enumerate(fds):
        os.write(fd, b"%d" % i)
    h.check("the 4 received fds write into the pipe", os.read(r, 100))
    h.check("received fds are inheritable", [os.get_inheritable(fd) for fd in fds])

    h.step("sendmsg two items", lambda: a.sendmsg([b"two"], [rights([w, w]), rights([w])]))
    res = b.recvmsg(16, socket.CMSG_SPACE(4 * 4))
    h.check("two items: total fds received", len(received(h, res[1])))
    h.check("two items: flags", res[2])

    for label, size in (("0", 0), ("1", 1), ("2*sizeof(int)", 8), ("CMSG_LEN(0)-1", socket.CMSG_LEN(0) - 1)):
        a.sendmsg([b"t"], [rights([w])])
        res = b.recvmsg(16, size)
        received(h, res[1])
        h.check(f"ancbufsize {label}: items, MSG_CTRUNC", [len(res[1]), bool(res[2] & socket.MSG_CTRUNC)])
    a.sendmsg([b"t"], [rights([w, w])])
    res = b.recvmsg(16, socket.CMSG_LEN(4))
    got = received(h, res[1])
    h.check("room for 1 of 2 fds: fds, MSG_CTRUNC", [len(got), bool(res[2] & socket.MSG_CTRUNC)])

    # truncated inside an item's data: SCM_CREDENTIALS (12 bytes) into CMSG_LEN(6)
    b.setsockopt(S, socket.SO_PASSCRED, 1)
    a.send(b"c")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = b.recvmsg(16, socket.CMSG_LEN(6))
    h.check("credentials cut short: [(level, type, len)], MSG_CTRUNC", [[[l, t, len(d)] for l, t, d in res[1]], bool(res[2] & socket.MSG_CTRUNC)])
    a.send(b"c")
    res = b.recvmsg(16, socket.CMSG_SPACE(12))
    h.check("credentials whole: [(level, type, len)]", [[l, t, len(d)] for l, t, d in res[1]])
    b.setsockopt(S, socket.SO_PASSCRED, 0)

    h.step("recvmsg(-1)", lambda: b.recvmsg(-1))
    h.step("recvmsg(16, -1)", lambda: b.recvmsg(16, -1))

    a.send(b"0123456789")
    h.step("datagram recvmsg(4): MSG_TRUNC", lambda: shape(b.recvmsg(4)))
    a.send(b"peek")
    h.step("recvmsg MSG_PEEK", lambda: shape(b.recvmsg(10, 0, socket.MSG_PEEK)))
    h.step("recvmsg after the peek", lambda: shape(b.recvmsg(10)))
    a.send(b"scatter!")
    bufs = [bytearray(3), bytearray(10)]
    h.step("recvmsg_into two buffers", lambda: b.recvmsg_into(bufs))
    h.check("recvmsg_into buffers", bufs)
    h.step("recvmsg_into a non-buffer", lambda: b.recvmsg_into([5]))

    u = h.track(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
    u.bind(("127.0.0.1", 0))
    v = h.track(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
    v.bind(("127.0.0.1", 0))
    h.step("sendmsg to an address", lambda: v.sendmsg([b"to", b"u"], [], 0, u.getsockname()))
    h.step("UDP recvmsg: the sender's address", lambda: (lambda m: [m[0], m[1], m[2], m[3] == v.getsockname()])(u.recvmsg(10)))

    # §7.27 argument validation
    h.step("sendmsg(str)", lambda: a.sendmsg("ab"))
    h.step("sendmsg([bytes, str])", lambda: a.sendmsg([b"a", "b"]))
    h.step("sendmsg(5)", lambda: a.sendmsg(5))
    h.step("sendmsg ancdata item of 2", lambda: a.sendmsg([b"x"], [(S, R)]))
    h.step("sendmsg ancdata data str", lambda: a.sendmsg([b"x"], [(S, R, "str")]))
    h.step("sendmsg ancdata level str", lambda: a.sendmsg([b"x"], [("1", R, b"")]))
    h.step("sendmsg ancdata 5", lambda: a.sendmsg([b"x"], 5))
    h.step("sendmsg flags str", lambda: a.sendmsg([b"x"], [], "0"))
    h.step("sendmsg generator buffers", lambda: a.sendmsg(x for x in [b"g", b"en"]))
    h.step("sendmsg generator ancdata", lambda: a.sendmsg([b"G"], (x for x in [rights([w])])))
    h.step("sendmsg bad fd", lambda: a.sendmsg([b"x"], [(S, R, b"\xff\xff\xff\x7f")]))
    h.step("sendmsg no buffers", lambda: a.sendmsg([]))
    h.step("what the generators sent", lambda: [b.recv(10), len(received(h, b.recvmsg(10, 64)[1]))])
