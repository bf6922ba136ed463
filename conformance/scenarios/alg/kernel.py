"""§2.10, §7.38 AF_ALG on a kernel that has it (the kernel lab): accept gives (op, None), hash, cbc(aes) and gcm(aes) through send/recv and sendmsg_afalg, and the kernel's errors."""
import socket

A = socket.AF_ALG
KEY = bytes(range(16))
IV = bytes(range(16, 32))


def transform(h, addr):
    s = h.track(socket.socket(A, socket.SOCK_SEQPACKET, 0))
    s.bind(addr)
    return s


def run(h):
    try:
        h.track(socket.socket(A, socket.SOCK_SEQPACKET, 0))
    except OSError as e:
        h.skip(f"needs AF_ALG: modprobe af_alg algif_hash algif_skcipher algif_aead ({e.strerror})")
    sha = transform(h, ("hash", "sha256"))
    h.step("getsockname on an ALG socket", sha.getsockname)

    def accepted():
        op, addr = sha.accept()
        h.track(op)
        return [int(op.family), int(op.type), addr]
    h.step("accept gives (op, None)", accepted)
    op, _ = sha.accept()
    h.track(op)
    h.step("sendall b'abc'", lambda: op.sendall(b"abc"))
    h.step("recv the sha256 digest", lambda: op.recv(64))
    h.step("send with MSG_MORE", lambda: op.send(b"ab", socket.MSG_MORE))
    h.step("send the rest", lambda: op.send(b"c"))
    h.step("recv 16 of the digest", lambda: op.recv(16))

    bad = h.track(socket.socket(A, socket.SOCK_SEQPACKET, 0))
    h.step("bind an unknown algorithm", lambda: bad.bind(("hash", "no-such-hash")))
    h.step("bind a 63-byte name", lambda: bad.bind(("hash", "n" * 63)))
    h.step("bind an unknown 13-byte type", lambda: bad.bind(("t" * 13, "sha256")))

    cbc = transform(h, ("skcipher", "cbc(aes)"))
    h.step("ALG_SET_KEY", lambda: cbc.setsockopt(socket.SOL_ALG, socket.ALG_SET_KEY, KEY))
    enc, _ = cbc.accept()
    h.track(enc)
    h.step("sendmsg_afalg encrypt with iv", lambda: enc.sendmsg_afalg([b"Single block msg"], op=socket.ALG_OP_ENCRYPT, iv=IV))
    h.step("recv the ciphertext", lambda: enc.recv(16))
    h.step("ALG_SET_KEY after accept", lambda: cbc.setsockopt(socket.SOL_ALG, socket.ALG_SET_KEY, KEY))
    h.step("sendmsg_afalg settings only, MSG_MORE", lambda: enc.sendmsg_afalg(op=socket.ALG_OP_ENCRYPT, iv=IV, flags=socket.MSG_MORE))
    h.step("then the data", lambda: enc.sendall(b"0123456789abcdef" * 2))
    h.step("recv two blocks", lambda: enc.recv(32))
    h.step("a partial block", lambda: enc.sendmsg_afalg([b"x" * 15], op=socket.ALG_OP_ENCRYPT, iv=IV))
    h.step("recv refuses it", lambda: enc.recv(16))
    h.step("ALG_SET_KEY on the operation socket", lambda: enc.setsockopt(socket.SOL_ALG, socket.ALG_SET_KEY, KEY))

    gcm = transform(h, ("aead", "gcm(aes)"))
    gcm.setsockopt(socket.SOL_ALG, socket.ALG_SET_KEY, KEY)
    h.step("ALG_SET_AEAD_AUTHSIZE 16", lambda: gcm.setsockopt(socket.SOL_ALG, socket.ALG_SET_AEAD_AUTHSIZE, None, 16))
    aop, _ = gcm.accept()
    h.track(aop)
    assoc = b"header"
    h.step("sendmsg_afalg assoc+plain with assoclen", lambda: aop.sendmsg_afalg([assoc, b"plain text"], op=socket.ALG_OP_ENCRYPT, iv=IV[:12], assoclen=len(assoc)))
    h.step("recv assoc, ciphertext and tag", lambda: aop.recv(len(assoc) + 10 + 16))
