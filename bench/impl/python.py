"""CPython's socket module: the same ping-pong, bulk and getsockopt programs as the C floor.

argv: role scenario [count=N seconds=S warmup=N size=N addr=A fd=N]; prints
READY <port|path> (server) and one JSON result line, like bench/c.
"""
import json
import os
import resource
import socket
import sys
import time


def parse(argv):
    o = {"role": argv[1], "scenario": argv[2], "count": 100000, "seconds": 5.0,
         "warmup": 1000, "size": 64, "addr": "", "fd": -1}
    for arg in argv[3:]:
        k, _, v = arg.partition("=")
        o[k] = v if k == "addr" else (float(v) if k == "seconds" else int(v))
    return o


def report(ops, secs, nbytes):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"ops": ops, "seconds": secs, "bytes": nbytes, "rssKb": rss}), flush=True)


INET = ("tcp", "udp", "bulk")
DGRAM = ("udp", "unix-dgram")


def serve(o):
    s = o["scenario"]
    if s == "socketpair":
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0, o["fd"])
        sock.setblocking(True)
        print(f"READY {o['fd']}", flush=True)
        return sock
    fam = socket.AF_INET if s in INET else socket.AF_UNIX
    sock = socket.socket(fam, socket.SOCK_DGRAM if s in DGRAM else socket.SOCK_STREAM)
    if fam == socket.AF_INET:
        sock.bind(("127.0.0.1", 0))
        where = sock.getsockname()[1]
    else:
        if os.path.exists(o["addr"]):
            os.unlink(o["addr"])
        sock.bind(o["addr"])
        where = o["addr"]
    if s in DGRAM:
        print(f"READY {where}", flush=True)
        return sock
    sock.listen(8)
    print(f"READY {where}", flush=True)
    conn, _ = sock.accept()
    sock.close()
    if fam == socket.AF_INET:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return conn


def dial(o):
    s = o["scenario"]
    if s == "socketpair":
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0, o["fd"])
        sock.setblocking(True)
        return sock
    if s in INET:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM if s in DGRAM else socket.SOCK_STREAM)
        sock.connect(("127.0.0.1", int(o["addr"])))
        if s not in DGRAM:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM if s in DGRAM else socket.SOCK_STREAM)
    if s in DGRAM:
        mine = o["addr"] + ".py"
        if os.path.exists(mine):
            os.unlink(mine)
        sock.bind(mine)
    sock.connect(o["addr"])
    return sock


def recv_all(sock, size):
    data = sock.recv(size)
    while len(data) < size:
        more = sock.recv(size - len(data))
        if not more:
            raise EOFError("peer closed")
        data += more
    return data


def pingpong_server(o):
    sock = serve(o)
    size = o["size"]
    deadline = time.monotonic() + o["seconds"] + 30
    dgram = o["scenario"] in DGRAM
    i = 0
    while not (i & 255 == 0 and time.monotonic() > deadline):
        i += 1
        if dgram:
            data, peer = sock.recvfrom(65536)
            if len(data) != size:
                break
            sock.sendto(data, peer)
        else:
            try:
                data = recv_all(sock, size)
            except EOFError:
                break
            sock.sendall(data)


def pingpong_client(o):
    sock = dial(o)
    size = o["size"]
    msg = b"x" * size
    for _ in range(o["warmup"]):
        sock.sendall(msg)
        recv_all(sock, size)
    count, limit = o["count"], o["seconds"]
    t0 = time.perf_counter()
    i = 0
    while i < count:
        sock.sendall(msg)
        recv_all(sock, size)
        i += 1
        if i & 255 == 0 and time.perf_counter() - t0 > limit:
            break
    t1 = time.perf_counter()
    if o["scenario"] in DGRAM:
        sock.send(b"x")
    report(i, t1 - t0, i * size)
    sock.close()


def bulk_receiver(o):
    sock = serve(o)
    total = 0
    deadline = time.monotonic() + o["seconds"] + 30
    i = 0
    while True:
        i += 1
        if i & 1023 == 0 and time.monotonic() > deadline:
            break
        data = sock.recv(65536)
        if not data:
            break
        total += len(data)
    sock.sendall(total.to_bytes(8, sys.byteorder))
    report(0, 0, total)
    sock.close()


def bulk_sender(o):
    sock = dial(o)
    chunk = b"x" * o["size"]
    count, limit = o["count"], o["seconds"]
    t0 = time.perf_counter()
    i = 0
    while i < count:
        sock.sendall(chunk)
        i += 1
        if i & 15 == 0 and time.perf_counter() - t0 > limit:
            break
    sock.shutdown(socket.SHUT_WR)
    got = int.from_bytes(sock.recv(8, socket.MSG_WAITALL), sys.byteorder)
    report(i, time.perf_counter() - t0, got)
    sock.close()


def getsockopt_loop(o):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    get, level, name = sock.getsockopt, socket.SOL_SOCKET, socket.SO_RCVBUF
    for _ in range(o["warmup"]):
        get(level, name)
    count, limit = o["count"], o["seconds"]
    t0 = time.perf_counter()
    i = 0
    while i < count:
        get(level, name)
        i += 1
        if i & 1023 == 0 and time.perf_counter() - t0 > limit:
            break
    report(i, time.perf_counter() - t0, 0)
    sock.close()


def main():
    o = parse(sys.argv)
    if o["scenario"] == "getsockopt":
        getsockopt_loop(o)
    elif o["scenario"] == "bulk":
        (bulk_receiver if o["role"] == "server" else bulk_sender)(o)
    else:
        (pingpong_server if o["role"] == "server" else pingpong_client)(o)


if __name__ == "__main__":
    main()
