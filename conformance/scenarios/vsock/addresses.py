"""§7.40 AF_VSOCK (§2.9): (cid, port) in and out, the errors, and the 64-bit options at level AF_VSOCK."""
import socket

V = socket.AF_VSOCK
ANY = socket.VMADDR_CID_ANY
PORT_ANY = socket.VMADDR_PORT_ANY
BUF = socket.SO_VM_SOCKETS_BUFFER_SIZE


def run(h):
    s = h.track(socket.socket(V, socket.SOCK_STREAM))
    h.check("family, type, proto", [int(s.family), int(s.type), s.proto])
    h.step("unbound getsockname", s.getsockname)

    def bound(addr):
        b = h.track(socket.socket(V, socket.SOCK_STREAM))
        b.bind(addr)
        cid, port = b.getsockname()
        return [cid, port != PORT_ANY]

    for label, addr in (
        ("(ANY, PORT_ANY)", (ANY, PORT_ANY)),
        ("(ANY, PORT_ANY) as a list", [ANY, PORT_ANY]),
        ("'x'", "x"),
        ("(ANY,)", (ANY,)),
        ("('1', 2)", ("1", 2)),
        ("(ANY, 'p')", (ANY, "p")),
        ("(-1, PORT_ANY)", (-1, PORT_ANY)),
        ("(ANY, 2**32 + 5)", (ANY, 2**32 + 5)),
        ("(2**40, PORT_ANY)", (2**40, PORT_ANY)),
    ):
        h.step(f"bind{label}", lambda: bound(addr))

    h.step("getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE) default", lambda: s.getsockopt(V, BUF))
    h.step("getsockopt with a buffer length", lambda: s.getsockopt(V, BUF, 8))
    for value in (2**20, 2**32 + 4096):
        h.step(f"raise SO_VM_SOCKETS_BUFFER_MAX_SIZE to {value}",
               lambda: s.setsockopt(V, socket.SO_VM_SOCKETS_BUFFER_MAX_SIZE, value))
        h.step(f"read it back ({value})", lambda: s.getsockopt(V, socket.SO_VM_SOCKETS_BUFFER_MAX_SIZE))
    h.step("setsockopt(-1)", lambda: s.setsockopt(V, BUF, -1))
    h.step("setsockopt(2**64)", lambda: s.setsockopt(V, BUF, 2**64))
