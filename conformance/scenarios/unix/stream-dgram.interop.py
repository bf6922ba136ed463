"""Interop over AF_UNIX streams (filesystem path) and datagrams (path, autobind and unbound senders)."""
import os
import re
import socket

U = socket.AF_UNIX


def server(h):
    d = h.tmpdir()
    L = h.track(socket.socket(U, socket.SOCK_STREAM))
    L.settimeout(10)
    L.bind(os.path.join(d, "stream"))
    L.listen()
    D = h.track(socket.socket(U, socket.SOCK_DGRAM))
    D.settimeout(10)
    D.bind(os.path.join(d, "dgram"))
    h.ready({"dir": d})

    conn, peer = L.accept()
    h.track(conn)
    conn.settimeout(10)
    h.check("stream: peer address (client bound to a path)", peer.replace(d, "<dir>"))
    got = b""
    while not got.endswith(b"\n"):
        got += conn.recv(100)
    h.check("stream: request", got)
    conn.sendall(got.upper())
    conn.close()

    data, addr = D.recvfrom(100)
    h.check("dgram: from an unbound sender", [data, addr])
    data, addr = D.recvfrom(100)
    h.check("dgram: from an autobound sender", [data, bool(re.fullmatch(rb"\0[0-9a-f]{5}", addr))])
    D.sendto(data[::-1], addr)
    data, addr = D.recvfrom(100)
    h.check("dgram: from a path-bound sender", [data, addr.replace(d, "<dir>")])
    D.sendto(b"bye", addr)


def client(h):
    d = h.peer["dir"]
    c = h.track(socket.socket(U, socket.SOCK_STREAM))
    c.settimeout(10)
    c.bind(os.path.join(d, "client-stream"))
    c.connect(os.path.join(d, "stream"))
    h.check("stream: getpeername", c.getpeername().replace(d, "<dir>"))
    c.sendall(b"hello over unix\n")
    got = b""
    while True:
        chunk = c.recv(100)
        if not chunk:
            break
        got += chunk
    h.check("stream: reply", got)

    anon = h.track(socket.socket(U, socket.SOCK_DGRAM))
    anon.sendto(b"anonymous", os.path.join(d, "dgram"))
    auto = h.track(socket.socket(U, socket.SOCK_DGRAM))
    auto.settimeout(10)
    auto.bind("")
    auto.sendto(b"autobound", os.path.join(d, "dgram"))
    h.check("dgram: reply to the autobound name", auto.recvfrom(100)[0])
    named = h.track(socket.socket(U, socket.SOCK_DGRAM))
    named.settimeout(10)
    named.bind(os.path.join(d, "client-dgram"))
    named.sendto(b"named", os.path.join(d, "dgram"))
    data, addr = named.recvfrom(100)
    h.check("dgram: reply to the path", [data, addr.replace(d, "<dir>")])
