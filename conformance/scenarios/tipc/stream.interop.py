"""Interop over AF_TIPC SOCK_STREAM and SOCK_SEQPACKET by service name on one node (each listener on a range of its own: a name in two ranges may reach either socket type); connect to a name in the listener's range; accept gives the client's socket address, getpeername the listener's side. Needs tipc, as in the kernel lab."""
import random
import socket

T = socket.AF_TIPC
SEQ, NAME = socket.TIPC_ADDR_NAMESEQ, socket.TIPC_ADDR_NAME


def server(h):
    stype = random.randrange(100000, 2**31)
    listeners = []
    for kind in (socket.SOCK_STREAM, socket.SOCK_SEQPACKET):
        try:
            L = h.track(socket.socket(T, kind))
        except OSError as e:
            h.skip(f"needs AF_TIPC: modprobe tipc ({e.strerror})")
        L.settimeout(20)
        L.bind((SEQ, stype, 100 * kind, 100 * kind + 9))
        L.listen()
        listeners.append(L)
    h.ready({"type": stype})
    for label, L in zip(("stream", "seqpacket"), listeners):
        conn, peer = L.accept()
        h.track(conn)
        conn.settimeout(20)
        h.check(f"server {label}: accepted address type, len", [peer[0], len(peer)])
        h.check(f"server {label}: accepted address is the connection's peer", list(peer) == list(conn.getpeername()))
        if label == "seqpacket":
            h.check(f"server {label}: first message", conn.recv(100))
            h.check(f"server {label}: second message", conn.recv(100))
        else:
            got = b""
            while len(got) < 3:
                chunk = conn.recv(100)
                if not chunk:
                    break
                got += chunk
            h.check(f"server {label}: the bytes", got)
        conn.sendall(b"pong")
        h.step(f"server {label}: recv after the client closed", lambda: conn.recv(100))


def client(h):
    stype = h.peer["type"]
    for label, kind in (("stream", socket.SOCK_STREAM), ("seqpacket", socket.SOCK_SEQPACKET)):
        c = h.track(socket.socket(T, kind))
        c.settimeout(20)
        h.step(f"client {label}: connect to a name in the range", lambda: c.connect((NAME, stype, 100 * kind + 5, 0)))
        peer = c.getpeername()
        h.check(f"client {label}: peer address type, len, v3", [peer[0], len(peer), peer[3]])
        c.send(b"a")
        c.sendall(b"bb")
        got = b""
        while len(got) < 4:
            chunk = c.recv(100)
            if not chunk:
                break
            got += chunk
        h.check(f"client {label}: reply", got)
        c.close()
