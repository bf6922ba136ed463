"""§2.5, §7.41 AF_TIPC on a kernel that has it (the kernel lab): SOCK_RDM bound to a range (NAMESEQ), sendto a name in it (NAME), recvfrom gives the sender's socket address (ID) as getsockname does; multicast to the range; the kernel's errors."""
import random
import socket

T = socket.AF_TIPC
SEQ, NAME, ID = socket.TIPC_ADDR_NAMESEQ, socket.TIPC_ADDR_NAME, socket.TIPC_ADDR_ID


def rdm(h):
    s = h.track(socket.socket(T, socket.SOCK_RDM))
    s.settimeout(10)
    return s


def run(h):
    try:
        h.track(socket.socket(T, socket.SOCK_RDM)).close()
    except OSError as e:
        h.skip(f"needs AF_TIPC: modprobe tipc ({e.strerror})")
    stype = random.randrange(100000, 2**31)
    srv = rdm(h)
    h.step("bind NAMESEQ", lambda: srv.bind((SEQ, stype, 200, 210)))
    name = srv.getsockname()
    h.check("getsockname: type, len, scope", [name[0], len(name), name[3], name[4]])
    cli = rdm(h)
    h.step("sendto NAME in the range", lambda: cli.sendto(b"hello", (NAME, stype, 205, 0)))
    data, addr = srv.recvfrom(100)
    h.check("recvfrom data", data)
    h.check("recvfrom address is the sender's getsockname", addr == cli.getsockname())
    h.check("recvfrom address: type, len, v3, scope", [addr[0], len(addr), addr[3], addr[4]])
    h.step("sendto the ID recvfrom gave", lambda: srv.sendto(b"back", addr))
    data, addr = cli.recvfrom(100)
    h.check("reply data", data)
    h.check("reply from the server's getsockname", addr == srv.getsockname())
    other = rdm(h)
    h.step("bind another range", lambda: other.bind((SEQ, stype, 300, 300, socket.TIPC_NODE_SCOPE)))
    h.step("multicast to NAMESEQ over both", lambda: cli.sendto(b"all", (SEQ, stype, 0, 1000)))
    h.step("the first receives it", lambda: srv.recv(100))
    h.step("the second receives it", lambda: other.recv(100))
    h.step("bind the same range again", lambda: rdm(h).bind((SEQ, stype, 200, 210)))
    h.step("bind a reserved type", lambda: rdm(h).bind((SEQ, 0, 1, 1)))
    h.step("sendto a name nobody bound", lambda: cli.sendto(b"x", (NAME, stype, 999, 0)))
    h.step("bind addr_type 4", lambda: rdm(h).bind((4, 1, 2, 3)))
    h.step("TIPC_IMPORTANCE default", lambda: cli.getsockopt(socket.SOL_TIPC, socket.TIPC_IMPORTANCE))
    h.step("set TIPC_IMPORTANCE high", lambda: cli.setsockopt(socket.SOL_TIPC, socket.TIPC_IMPORTANCE, socket.TIPC_HIGH_IMPORTANCE))
    h.step("TIPC_IMPORTANCE", lambda: cli.getsockopt(socket.SOL_TIPC, socket.TIPC_IMPORTANCE))
    h.step("set TIPC_IMPORTANCE 99", lambda: cli.setsockopt(socket.SOL_TIPC, socket.TIPC_IMPORTANCE, 99))
    h.step("TIPC_CONN_TIMEOUT", lambda: cli.getsockopt(socket.SOL_TIPC, socket.TIPC_CONN_TIMEOUT))
    h.step("TIPC_SRC_DROPPABLE", lambda: cli.getsockopt(socket.SOL_TIPC, socket.TIPC_SRC_DROPPABLE))
    h.step("TIPC_DEST_DROPPABLE", lambda: cli.getsockopt(socket.SOL_TIPC, socket.TIPC_DEST_DROPPABLE))
