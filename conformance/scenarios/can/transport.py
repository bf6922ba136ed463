"""§7.35 AF_CAN CAN_ISOTP (ifname, rx_id, tx_id) and CAN_J1939 (ifname, name, pgn, addr): bind round trips on vcan0 and the tuple errors."""
import socket


def open_or_skip(h, proto, module):
    try:
        return h.track(socket.socket(socket.AF_CAN, socket.SOCK_DGRAM, proto))
    except OSError as e:
        h.skip(f"needs AF_CAN with {module}: modprobe {module}; ip link add vcan0 type vcan ({e.strerror})")


def run(h):
    iso = open_or_skip(h, socket.CAN_ISOTP, "can-isotp")
    j = open_or_skip(h, socket.CAN_J1939, "can-j1939")
    h.check("ISO-TP family, type, proto", [int(iso.family), int(iso.type), iso.proto])
    h.step("ISO-TP unbound getsockname", iso.getsockname)
    for label, addr in (
        ("('vcan0', 1)", ("vcan0", 1)),
        ("('vcan0',)", ("vcan0",)),
        ("('vcan0', 'a', 2)", ("vcan0", "a", 2)),
        ("(17 x's, 1, 2)", ("x" * 17, 1, 2)),
        ("('nosuchcan0', 1, 2)", ("nosuchcan0", 1, 2)),
        ("('vcan0', -1, 2)", ("vcan0", -1, 2)),
    ):
        b = h.track(socket.socket(socket.AF_CAN, socket.SOCK_DGRAM, socket.CAN_ISOTP))
        h.step(f"ISO-TP bind{label}", lambda: b.bind(addr))
    try:
        iso.bind(("vcan0", 0x123, 0x456))
    except OSError as e:
        h.skip(f"needs vcan0: ip link add vcan0 type vcan; ip link set up vcan0 ({e.strerror})")
    h.step("ISO-TP getsockname after bind", iso.getsockname)

    h.check("J1939 family, type, proto", [int(j.family), int(j.type), j.proto])
    for label, addr in (
        ("('vcan0', 1, 2)", ("vcan0", 1, 2)),
        ("('vcan0', 0, 0, 256)", ("vcan0", 0, 0, 256)),
        ("('vcan0', 2**64, 0, 0)", ("vcan0", 2**64, 0, 0)),
    ):
        b = h.track(socket.socket(socket.AF_CAN, socket.SOCK_DGRAM, socket.CAN_J1939))
        h.step(f"J1939 bind{label}", lambda: b.bind(addr))
    h.step("J1939 bind to NO_NAME, NO_PGN, NO_ADDR",
           lambda: j.bind(("vcan0", socket.J1939_NO_NAME, socket.J1939_NO_PGN, socket.J1939_NO_ADDR)))
    h.step("J1939 getsockname after bind", j.getsockname)
    k = h.track(socket.socket(socket.AF_CAN, socket.SOCK_DGRAM, socket.CAN_J1939))
    h.step("J1939 bind with a 64-bit NAME", lambda: k.bind(("vcan0", 0xA00000FFFF000001, socket.J1939_NO_PGN, 0x80)))
    h.step("J1939 getsockname with a 64-bit NAME", k.getsockname)
