"""§7.17 recv sizes (t:2954, t:3100), §7.18 recv_into / recvfrom_into (t:6235-6310), §7.19 sendall (t:2990)."""
import array
import hashlib
import socket
import threading


def run(h):
    a, b = h.track(socket.socketpair())
    b.sendall(b"hello world")
    h.step("recv(5)", lambda: a.recv(5))
    h.step("recv(100) returns what is there", lambda: a.recv(100))
    h.step("recv(-1)", lambda: a.recv(-1))
    h.step("recv(0)", lambda: a.recv(0))
    h.step("recv(1.5)", lambda: a.recv(1.5))
    h.step("recv('1')", lambda: a.recv("1"))
    h.step("recvfrom(-1)", lambda: a.recvfrom(-1))
    b.sendall(b"peekaboo")
    h.step("recv(4, MSG_PEEK)", lambda: a.recv(4, socket.MSG_PEEK))
    h.step("recv(4) after the peek", lambda: a.recv(4))
    h.step("recvfrom(100) on a socketpair", lambda: a.recvfrom(100))

    b.sendall(b"0123456789abcdef")
    buf = bytearray(10)
    h.step("recv_into(bytearray(10))", lambda: a.recv_into(buf))
    h.check("the bytearray after recv_into", buf)
    h.step("recv_into(buf, 3)", lambda: a.recv_into(buf, 3))
    h.check("the bytearray after recv_into(buf, 3)", buf)
    h.step("recv_into(buf, 11)", lambda: a.recv_into(buf, 11))
    h.step("recv_into(buf, -1)", lambda: a.recv_into(buf, -1))
    h.step("recv_into(bytearray(0))", lambda: a.recv_into(bytearray(0)))
    h.step("recvfrom_into(bytearray(0))", lambda: a.recvfrom_into(bytearray(0)))
    h.step("recvfrom_into(buf, 11)", lambda: a.recvfrom_into(buf, 11))
    h.step("recvfrom_into(buf, -1)", lambda: a.recvfrom_into(buf, -1))
    mv = memoryview(bytearray(6))
    h.step("recv_into(memoryview)", lambda: a.recv_into(mv[2:]))
    h.check("the memoryview's buffer", mv.obj)
    b.sendall(b"ABCDEFGH")
    arr = array.array("i", [0, 0])
    h.step("recv_into(array of 2 ints)", lambda: a.recv_into(arr))
    h.check("the array's bytes", arr.tobytes())
    b.sendall(b"xyz")
    rb = bytearray(8)
    h.step("recvfrom_into(bytearray(8), 2)", lambda: a.recvfrom_into(rb, 2))
    h.step("recvfrom_into the rest", lambda: a.recvfrom_into(rb))

    e, f = h.track(socket.socketpair())
    f.sendall(b"zz")
    h.step("recv_into a bytes object", lambda: e.recv_into(b"xxxx"))

    # datagrams: a short buffer truncates and the rest is gone
    u = h.track(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
    u.bind(("127.0.0.1", 0))
    v = h.track(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
    v.bind(("127.0.0.1", 0))
    v.sendto(b"datagram!", u.getsockname())
    v.sendto(b"second", u.getsockname())
    h.step("UDP recv(4) of a 9-byte datagram", lambda: u.recv(4))
    h.step("UDP recvfrom the next datagram: sender", lambda: u.recvfrom(100) == (b"second", v.getsockname()))

    # str refused, bytes-likes accepted
    h.step("send(str)", lambda: b.send("x"))
    h.step("sendall(str)", lambda: b.sendall("x"))
    h.step("send(bytearray)", lambda: b.send(bytearray(b"ab")))
    h.step("send(memoryview)", lambda: b.send(memoryview(b"cd")))
    h.step("sendall(2048 bytes)", lambda: b.sendall(bytes(range(256)) * 8))
    got = bytearray()
    while len(got) < 2052:
        got += a.recv(4096)
    h.check("received after sendall(2048)", [len(got), hashlib.sha256(got).hexdigest()])
    b.shutdown(socket.SHUT_WR)
    h.step("recv at EOF", lambda: a.recv(10))
    h.step("recvfrom at EOF", lambda: a.recvfrom(10))
    h.step("recv_into at EOF", lambda: a.recv_into(bytearray(4)))

    # sendall of 4 MiB with a concurrent reader
    c, d = h.track(socket.socketpair())
    big = bytes(range(251)) * (4 * 1024 * 1024 // 251 + 1)
    big = big[: 4 * 1024 * 1024]
    sink = hashlib.sha256()
    count = [0]

    def reader():
        while count[0] < len(big):
            chunk = d.recv(1 << 16)
            if not chunk:
                break
            sink.update(chunk)
            count[0] += len(chunk)

    t = threading.Thread(target=reader)
    t.start()
    h.step("sendall(4 MiB)", lambda: c.sendall(big))
    t.join(10)
    h.check("received after sendall(4 MiB)", [count[0], sink.hexdigest() == hashlib.sha256(big).hexdigest()])
