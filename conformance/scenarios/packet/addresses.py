"""§7.42 AF_PACKET (§2.8): the 5-tuple output, the proto range, the 8-byte hardware address limit, errors, and a
frame sent and received on lo with an experimental ethertype (0x88b5). Needs CAP_NET_RAW; without it both sides skip."""
import os
import socket
import struct

P = socket.AF_PACKET
ETHERTYPE = 0x88B5


def run(h):
    try:
        socket.socket(P, socket.SOCK_RAW, 0).close()
    except PermissionError:
        h.skip("needs CAP_NET_RAW")

    def bound(addr, typ=socket.SOCK_RAW):
        s = h.track(socket.socket(P, typ, 0))
        s.bind(addr)
        return s.getsockname()

    s = h.track(socket.socket(P, socket.SOCK_RAW, socket.htons(ETHERTYPE)))
    h.check("family, type, proto", [int(s.family), int(s.type), s.proto])
    for label, addr in (
        ("('lo', 0)", ("lo", 0)),
        ("('lo', 0x88b5)", ("lo", ETHERTYPE)),
        ("('lo', 0x10000)", ("lo", 0x10000)),
        ("('lo', -1)", ("lo", -1)),
        ("('nosuchif0', 0)", ("nosuchif0", 0)),
        ("('', 0)", ("", 0)),
        ("'lo'", "lo"),
        ("('lo',)", ("lo",)),
        ("hardware address of 9 bytes", ("lo", 0, 0, 0, b"123456789")),
        ("hardware address of 8 bytes", ("lo", 0, 0, 0, b"12345678")),
        ("(5, 0)", (5, 0)),
        ("5-tuple", ("lo", 0, 1, 2, b"ab")),
    ):
        h.step(f"bind{label}", lambda: bound(addr))
    h.step("SOCK_DGRAM bind('lo', 0x88b5)", lambda: bound(("lo", ETHERTYPE), socket.SOCK_DGRAM))

    nonce = os.urandom(8)
    r = h.track(socket.socket(P, socket.SOCK_RAW, socket.htons(ETHERTYPE)))
    r.bind(("lo", ETHERTYPE))
    r.settimeout(2)
    t = h.track(socket.socket(P, socket.SOCK_RAW, 0))
    t.bind(("lo", 0))
    frame = b"\0" * 12 + struct.pack("!H", ETHERTYPE) + b"hello packet " + nonce
    h.step("send a frame on lo", lambda: t.send(frame))

    def mine():
        for _ in range(20):
            data, addr = r.recvfrom(200)
            if data.endswith(nonce):
                return [data[: -len(nonce)], addr]
        return None
    h.step("recvfrom: the frame and its address", mine)
    h.step("sendto(frame, ('lo', 0x88b5))", lambda: t.sendto(frame, ("lo", ETHERTYPE)))
    h.step("recvfrom the second frame", mine)
