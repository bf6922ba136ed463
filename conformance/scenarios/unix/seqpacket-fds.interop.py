"""Interop over an AF_UNIX seqpacket connection (abstract name): message boundaries and fds passed both ways
(send_fds / recv_fds), each side reading a file through the fd it received."""
import os
import socket
import tempfile

U = socket.AF_UNIX


def temp_file(h, text):
    fd, path = tempfile.mkstemp(prefix="sockconf-")
    os.unlink(path)
    os.write(fd, text)
    return h.track_fd(fd)


def server(h):
    name = "\0sockconf-seqpacket-%d" % os.getpid()
    L = h.track(socket.socket(U, socket.SOCK_SEQPACKET))
    L.settimeout(10)
    L.bind(name)
    L.listen()
    h.ready({"name": name})
    conn, peer = L.accept()
    h.track(conn)
    conn.settimeout(10)
    h.check("peer of an unbound client", peer)
    for m in (b"one", b"two", b"three"):
        conn.send(m)
    f1 = temp_file(h, b"first file from the server")
    f2 = temp_file(h, b"second file from the server")
    h.step("send_fds two fds", lambda: socket.send_fds(conn, [b"files"], [f1, f2]))
    msg, fds, flags, addr = socket.recv_fds(conn, 100, 4)
    got = [h.track_fd(fd) for fd in fds]
    h.check("recv_fds from the client: msg, count, flags, addr", [msg, len(got), flags, addr])
    h.check("read through the client's fd", os.pread(got[0], 100, 0) if got else None)
    h.check("end of the connection", conn.recv(10))


def client(h):
    c = h.track(socket.socket(U, socket.SOCK_SEQPACKET))
    c.settimeout(10)
    c.connect(h.peer["name"])
    h.check("getpeername: the abstract name as bytes", c.getpeername() == h.peer["name"].encode())
    h.check("three messages, one recv each", [c.recv(100), c.recv(100), c.recv(100)])
    msg, fds, flags, addr = socket.recv_fds(c, 100, 1)
    got = [h.track_fd(fd) for fd in fds]
    h.check("recv_fds with room for 1 of 2: msg, count, MSG_CTRUNC", [msg, len(got), bool(flags & socket.MSG_CTRUNC)])
    h.check("read through the server's fd", os.pread(got[0], 100, 0))
    mine = temp_file(h, b"a file from the client")
    socket.send_fds(c, [b"reply"], [mine])
