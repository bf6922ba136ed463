"""§7.50 sendfile: whole file, offset and count, argument errors, non-blocking and datagram refusal, the timeout (t:6683-6957)."""
import hashlib
import os
import socket
import time


def drain(sock, n):
    got = b""
    while len(got) < n:
        chunk = sock.recv(65536)
        if not chunk:
            break
        got += chunk
    return got


def run(h):
    d = h.tmpdir()
    data = bytes(range(256)) * 400
    path = os.path.join(d, "data.bin")
    with open(path, "wb") as f:
        f.write(data)
    open(os.path.join(d, "empty"), "wb").close()

    a, b = h.track(socket.socketpair())
    f = open(path, "rb")
    try:
        h.step("sendfile(file)", lambda: a.sendfile(f))
        h.check("received the whole file", hashlib.sha256(drain(b, len(data))).hexdigest() == hashlib.sha256(data).hexdigest())
        h.check("file position after sendfile", f.tell())
        h.step("sendfile(file, 10, 20)", lambda: a.sendfile(f, 10, 20))
        h.check("received bytes 10..30", drain(b, 20) == data[10:30])
        h.step("sendfile(file, offset past the end)", lambda: a.sendfile(f, len(data) + 100))
        h.step("sendfile(count=0)", lambda: a.sendfile(f, 0, 0))
        h.step("sendfile(count=-1)", lambda: a.sendfile(f, 0, -1))
        h.step("sendfile(count='x')", lambda: a.sendfile(f, 0, "x"))
        h.step("sendfile(offset='x')", lambda: a.sendfile(f, "x"))
        h.step("sendfile(offset=-1)", lambda: a.sendfile(f, -1))
        with open(os.path.join(d, "empty"), "rb") as e:
            h.step("sendfile(empty file)", lambda: a.sendfile(e))
        u = h.track(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
        h.step("sendfile on a datagram socket", lambda: u.sendfile(f))
        a.settimeout(0)
        h.step("sendfile on a non-blocking socket", lambda: a.sendfile(f))
        a.settimeout(0.1)
        big = os.path.join(d, "big.bin")
        with open(big, "wb") as g:
            g.truncate(8 * 1024 * 1024)
        with open(big, "rb") as g:
            def timed():
                t0 = time.monotonic()
                try:
                    a.sendfile(g)
                    return [None, False]
                except OSError as e:
                    return [e, time.monotonic() - t0 < 2.0]
            h.step("sendfile times out when the peer does not read", timed)
    finally:
        f.close()
