"""Interop over AF_VSOCK streams on the loopback transport (VMADDR_CID_LOCAL): needs vsock_loopback, as in the kernel lab."""
import hashlib
import socket

V = socket.AF_VSOCK
LOCAL = getattr(socket, "VMADDR_CID_LOCAL", 1)  # Python 3.13+ names it
PAYLOAD = bytes(i % 251 for i in range(256 * 1024))


def read_all(s):
    parts = []
    while True:
        c = s.recv(65536)
        if not c:
            return b"".join(parts)
        parts.append(c)


def server(h):
    L = h.track(socket.socket(V, socket.SOCK_STREAM))
    L.settimeout(20)
    try:
        L.bind((LOCAL, socket.VMADDR_PORT_ANY))
    except OSError as e:
        h.skip(f"needs AF_VSOCK loopback: modprobe vsock_loopback ({e.strerror})")
    L.listen()
    h.ready({"port": L.getsockname()[1]})
    conn, peer = L.accept()
    h.track(conn)
    conn.settimeout(20)
    h.check("server: accepted peer CID", peer[0])
    h.check("server: listener name", [L.getsockname()[0], L.getsockname()[1] > 1023])
    data = read_all(conn)
    h.check("server: received length, sha256", [len(data), hashlib.sha256(data).hexdigest()])
    conn.sendall(data[::-1])
    conn.shutdown(socket.SHUT_WR)


def client(h):
    c = h.track(socket.socket(V, socket.SOCK_STREAM))
    c.settimeout(20)
    c.connect((LOCAL, h.peer["port"]))
    h.check("client: peer name", list(c.getpeername()) == [LOCAL, h.peer["port"]])
    h.check("client: own name", c.getsockname()[0])
    c.sendall(PAYLOAD)
    c.shutdown(socket.SHUT_WR)
    h.check("client: reply is the payload reversed", read_all(c) == PAYLOAD[::-1])
    # A port bound here but not listening: a guessed port could be another run's listener.
    idle = h.track(socket.socket(V, socket.SOCK_STREAM))
    idle.bind((LOCAL, socket.VMADDR_PORT_ANY))
    h.step("client: connect to a bound port nobody listens on",
           lambda: h.track(socket.socket(V, socket.SOCK_STREAM)).connect((LOCAL, idle.getsockname()[1])))
