"""§2.9 AF_QIPCRTR addresses: (node, port) as "II", on a UDP socket adopted as AF_QIPCRTR (no qrtr kernel needed: argument errors come before any syscall, and the UDP socket refuses the 12-byte sockaddr_qrtr both sides write with EINVAL)."""
import socket

A = socket.AF_QIPCRTR


def run(h):
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s = h.track(socket.socket(A, socket.SOCK_DGRAM, 0, udp.detach()))
    h.check("family, type", [int(s.family), int(s.type)])
    for label, addr in (
        ("(1, 0)", (1, 0)),
        ("(0xffffffff, 0xfffffffe)", (0xFFFFFFFF, 0xFFFFFFFE)),
        ("'x'", "x"),
        ("(1,)", (1,)),
        ("(1, 2, 3)", (1, 2, 3)),
        ("('1', 0)", ("1", 0)),
        ("(1, None)", (1, None)),
        ("(1.5, 0)", (1.5, 0)),
        ("(-2, 0)", (-2, 0)),
        ("(2**32, 0)", (2**32, 0)),
    ):
        h.step(f"bind {label}", lambda: s.bind(addr))
    h.step("sendto (1, 5)", lambda: s.sendto(b"x", (1, 5)))
    h.step("connect (123, 123)", lambda: s.connect((123, 123)))
