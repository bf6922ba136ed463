"""§7.33-34 AF_CAN CAN_RAW: (ifname,) in and out, the interface-name errors, CAN_RAW_LOOPBACK and CAN_RAW_FILTER, and frames over vcan0."""
import socket
import struct

FMT = "=IB3x8s"


def run(h):
    try:
        s = h.track(socket.socket(socket.AF_CAN, socket.SOCK_RAW, socket.CAN_RAW))
    except OSError as e:
        h.skip(f"needs AF_CAN: modprobe can can-raw; ip link add vcan0 type vcan ({e.strerror})")
    h.check("family, type, proto", [int(s.family), int(s.type), s.proto])
    h.step("unbound getsockname", s.getsockname)
    h.step("bind(('',))", lambda: s.bind(("",)))
    h.step("getsockname after bind(('',))", s.getsockname)
    for label, addr in (
        ("'vcan0'", "vcan0"),
        ("()", ()),
        ("('vcan0', 1)", ("vcan0", 1)),
        ("(1,)", (1,)),
        ("(1024 x's,)", ("x" * 1024,)),
        ("(16 x's,)", ("x" * 16,)),
        ("('nosuchcan0',)", ("nosuchcan0",)),
    ):
        b = h.track(socket.socket(socket.AF_CAN, socket.SOCK_RAW, socket.CAN_RAW))
        h.step(f"bind{label}", lambda: b.bind(addr))
    h.step("CAN_RAW_LOOPBACK default", lambda: s.getsockopt(socket.SOL_CAN_RAW, socket.CAN_RAW_LOOPBACK))
    h.step("CAN_RAW_LOOPBACK off", lambda: s.setsockopt(socket.SOL_CAN_RAW, socket.CAN_RAW_LOOPBACK, 0))
    h.step("CAN_RAW_LOOPBACK read back", lambda: s.getsockopt(socket.SOL_CAN_RAW, socket.CAN_RAW_LOOPBACK))
    can_filter = struct.pack("=II", 0x123, 0x7FF)
    h.step("CAN_RAW_FILTER set", lambda: s.setsockopt(socket.SOL_CAN_RAW, socket.CAN_RAW_FILTER, can_filter))
    h.step("CAN_RAW_FILTER read as 8 bytes", lambda: s.getsockopt(socket.SOL_CAN_RAW, socket.CAN_RAW_FILTER, 8))

    rx = h.track(socket.socket(socket.AF_CAN, socket.SOCK_RAW, socket.CAN_RAW))
    tx = h.track(socket.socket(socket.AF_CAN, socket.SOCK_RAW, socket.CAN_RAW))
    try:
        rx.bind(("vcan0",))
    except OSError as e:
        h.skip(f"needs vcan0: modprobe vcan; ip link add vcan0 type vcan; ip link set up vcan0 ({e.strerror})")
    rx.setsockopt(socket.SOL_CAN_RAW, socket.CAN_RAW_FILTER, struct.pack("=II", 0x7A1, 0x7FF | socket.CAN_EFF_FLAG))
    rx.settimeout(5)
    tx.bind(("vcan0",))
    h.step("getsockname bound to vcan0", tx.getsockname)
    h.step("send a frame", lambda: tx.send(struct.pack(FMT, 0x7A1, 3, b"abc")))
    h.step("recvfrom it", lambda: list(rx.recvfrom(16)))
    h.step("sendto(('vcan0',))", lambda: h.track(socket.socket(socket.AF_CAN, socket.SOCK_RAW, socket.CAN_RAW)).sendto(struct.pack(FMT, 0x7A1, 1, b"z"), ("vcan0",)))
    h.step("recv it", lambda: rx.recv(16))
    h.step("send 15 bytes", lambda: tx.send(b"\0" * 15))
