"""§2.10 AF_ALG: (type, name[, feat[, mask]]) and its length limits, and sendmsg_afalg's checks, on a Unix socket pair adopted as AF_ALG (no AF_ALG kernel needed: a Unix socket answers EINVAL to a sockaddr_alg and skips SOL_ALG control messages)."""
import socket

A = socket.AF_ALG


def adopted_pair(h):
    a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    alg = h.track(socket.socket(A, socket.SOCK_SEQPACKET, 0, a.detach()))
    return alg, h.track(b)


def run(h):
    alg, peer = adopted_pair(h)
    h.check("family, type", [int(alg.family), int(alg.type)])
    for label, addr in (
        ("('hash', 'sha256')", ("hash", "sha256")),
        ("13-byte type", ("t" * 13, "x")),
        ("14-byte type", ("t" * 14, "x")),
        ("63-byte name", ("hash", "n" * 63)),
        ("64-byte name", ("hash", "n" * 64)),
        ("too long type and name", ("t" * 20, "n" * 80)),
        ("32 x 'é' (64 bytes)", ("hash", "é" * 32)),
        ("31 x 'é' (62 bytes)", ("hash", "é" * 31)),
        ("('hash',)", ("hash",)),
        ("'hash'", "hash"),
        ("5 items", ("hash", "x", 1, 2, 3)),
        ("feat 70000", ("hash", "x", 70000)),
        ("feat -1", ("hash", "x", -1)),
        ("feat 1.5", ("hash", "x", 1.5)),
        ("feat None", ("hash", "x", None)),
        ("NUL in the name", ("hash", "x\0y")),
        ("bytes type", (b"hash", "x")),
        ("['hash', 'x']", ["hash", "x"]),
    ):
        h.step(f"bind {label}", lambda: alg.bind(addr))

    h.step("sendmsg_afalg without op", lambda: alg.sendmsg_afalg([b"x"]))
    for label, kw in (
        ("op=None", dict(op=None)),
        ("op=-1", dict(op=-1)),
        ("op=2**40", dict(op=2**40)),
        ("op=1.5", dict(op=1.5)),
        ("iv='x'", dict(op=0, iv="x")),
        ("assoclen=-1", dict(op=0, assoclen=-1)),
        ("assoclen=None", dict(op=0, assoclen=None)),
        ("assoclen=2**40", dict(op=0, assoclen=2**40)),
        ("flags=None", dict(op=0, flags=None)),
    ):
        h.step(f"sendmsg_afalg {label}", lambda: alg.sendmsg_afalg([b"x"], **kw))
    h.step("sendmsg_afalg msg 5", lambda: alg.sendmsg_afalg(5, op=0))
    h.step("sendmsg_afalg msg [5]", lambda: alg.sendmsg_afalg([5], op=0))
    h.step("sendmsg_afalg msg ['x']", lambda: alg.sendmsg_afalg(["x"], op=0))
    h.step("sendmsg_afalg with op, iv, assoclen", lambda: alg.sendmsg_afalg([b"ab", b"c"], op=socket.ALG_OP_ENCRYPT, iv=b"\0" * 16, assoclen=1))
    h.step("the peer gets the data", lambda: peer.recv(100))
    h.step("sendmsg_afalg without data", lambda: alg.sendmsg_afalg(op=socket.ALG_OP_DECRYPT))

    unix = h.track(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM))
    h.step("sendmsg_afalg on AF_UNIX", lambda: unix.sendmsg_afalg([b"x"], op=0))
    h.step("sendmsg_afalg on AF_UNIX with bad op", lambda: unix.sendmsg_afalg([b"x"], op=-1))
