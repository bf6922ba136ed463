"""§7.47 create_connection (t:5788-5970) and §7.48 create_server (t:7211-7325), loopback only."""
import socket

S = socket.SOL_SOCKET


def run(h):
    L = h.track(socket.create_server(("127.0.0.1", 0)))
    addr = L.getsockname()
    port = addr[1]
    h.check("create_server: SO_REUSEADDR", L.getsockopt(S, socket.SO_REUSEADDR))
    h.check("create_server: SO_REUSEPORT", L.getsockopt(S, socket.SO_REUSEPORT))
    h.check("create_server: listening", L.getsockopt(S, socket.SO_ACCEPTCONN))
    h.check("create_server: family, type", [int(L.family), int(L.type)])

    def bind_error():
        try:
            socket.create_server(addr)
        except OSError as e:
            return [type(e).__name__, e.errno, e.strerror.replace(str(port), "PORT")]
    h.step("create_server on a port in use: the error", bind_error)
    R = h.track(socket.create_server(("127.0.0.1", 0), reuse_port=True))
    h.check("reuse_port=True: SO_REUSEPORT", R.getsockopt(S, socket.SO_REUSEPORT))
    L6 = h.track(socket.create_server(("::1", 0), family=socket.AF_INET6))
    h.check("AF_INET6: IPV6_V6ONLY", L6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
    D = h.track(socket.create_server(("::", 0), family=socket.AF_INET6, dualstack_ipv6=True))
    h.check("dualstack: IPV6_V6ONLY", D.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
    v4 = h.track(socket.create_connection(("127.0.0.1", D.getsockname()[1])))
    conn, peer = D.accept()
    h.track(conn)
    h.check("dualstack: a v4 client arrives as", [peer[0], len(peer), peer[1] == v4.getsockname()[1]])
    h.step("dualstack with AF_INET", lambda: socket.create_server(("127.0.0.1", 0), dualstack_ipv6=True))
    B = h.track(h.step("backlog=5", lambda: socket.create_server(("127.0.0.1", 0), backlog=5)))
    h.check("backlog=5: listening", B.getsockopt(S, socket.SO_ACCEPTCONN))
    h.step("has_dualstack_ipv6()", socket.has_dualstack_ipv6)

    c = h.track(socket.create_connection(addr))
    h.check("create_connection: peer is the server", c.getpeername() == addr)
    h.check("create_connection: timeout by default", c.gettimeout())
    c2 = h.track(socket.create_connection(addr, timeout=2.5))
    h.check("create_connection(timeout=2.5)", c2.gettimeout())
    socket.setdefaulttimeout(7.0)
    try:
        c3 = h.track(socket.create_connection(addr))
        h.check("default 7.0, timeout left out", c3.gettimeout())
        c4 = h.track(socket.create_connection(addr, timeout=None))
        h.check("default 7.0, timeout=None", c4.gettimeout())
    finally:
        socket.setdefaulttimeout(None)
    c5 = h.track(socket.create_connection(addr, source_address=("127.0.0.1", 0)))
    h.check("source_address: local host", c5.getsockname()[0])
    h.step("source_address in use", lambda: socket.create_connection(addr, source_address=c5.getsockname()))
    dead = socket.socket()
    dead.bind(("127.0.0.1", 0))
    dport = dead.getsockname()[1]
    dead.close()
    h.step("create_connection refused", lambda: socket.create_connection(("127.0.0.1", dport)))
    h.step("create_connection refused, all_errors", lambda: socket.create_connection(("127.0.0.1", dport), all_errors=True))
    h.step("create_connection to 'localhost' refused, all_errors", lambda: socket.create_connection(("localhost", dport), all_errors=True))
    h.step("create_connection unresolvable", lambda: socket.create_connection(("bad host name", 80)))
    h.step("create_connection not a tuple", lambda: socket.create_connection("127.0.0.1"))
    L.settimeout(0)
    for _ in range(20):
        try:
            conn, _a = L.accept()
        except BlockingIOError:
            break
        h.track(conn)
