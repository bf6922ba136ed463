"""Interop over TCP: a server and a client, each in CPython and in @sock; the runner pairs them every way."""
import hashlib
import socket

PAYLOAD = bytes(range(256)) * 4096  # 1 MiB


def read_all(s, limit=8 << 20):
    out = bytearray()
    while len(out) < limit:
        chunk = s.recv(65536)
        if not chunk:
            break
        out += chunk
    return bytes(out)


def server(h):
    L = h.track(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    L.settimeout(10)
    L.bind(("127.0.0.1", 0))
    L.listen()
    h.ready({"port": L.getsockname()[1]})
    conn, peer = L.accept()
    h.track(conn)
    conn.settimeout(10)
    h.check("peer host", peer[0])
    h.check("first line", conn.recv(6))
    data = read_all(conn)
    h.check("received: length, sha256", [len(data), hashlib.sha256(data).hexdigest()])
    conn.sendall(b"echo:" + hashlib.sha256(data).hexdigest().encode())
    conn.sendall(data[::-1])
    conn.shutdown(socket.SHUT_WR)
    h.check("after the client closed", read_all(conn))


def client(h):
    c = h.track(socket.create_connection(("127.0.0.1", h.peer["port"]), timeout=10))
    h.check("peer port", c.getpeername()[1] == h.peer["port"])
    c.sendall(b"hello\n")
    h.step("sendall 1 MiB", lambda: c.sendall(PAYLOAD))
    c.shutdown(socket.SHUT_WR)
    reply = read_all(c)
    h.check("reply head", reply[:69])
    h.check("reply body is the payload reversed", reply[69:] == PAYLOAD[::-1])
