"""Interop over UDP (IPv4 and IPv6 loopback): datagrams of several sizes, echoed reversed to the sender's address."""
import socket

SIZES = [0, 1, 1400, 60000]


def server(h):
    ports = {}
    socks = {}
    for fam, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
        s = h.track(socket.socket(fam, socket.SOCK_DGRAM))
        s.settimeout(10)
        s.bind((host, 0))
        socks[host] = s
        ports[host] = s.getsockname()[1]
    h.ready(ports)
    for host, s in socks.items():
        for size in SIZES:
            data, addr = s.recvfrom(65536)
            h.check(f"{host}: datagram of {size}", [len(data), data[:8], addr[0], len(addr)])
            s.sendto(data[::-1], addr)
        data, addr = s.recvfrom(4)
        h.check(f"{host}: a short recvfrom truncates", data)


def client(h):
    for fam, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
        c = h.track(socket.socket(fam, socket.SOCK_DGRAM))
        c.settimeout(10)
        for size in SIZES:
            payload = bytes(i % 251 for i in range(size))
            c.sendto(payload, (host, h.peer[host]))
            data, addr = c.recvfrom(65536)
            h.check(f"{host}: echo of {size}", [data == payload[::-1], addr[1] == h.peer[host], len(addr)])
        c.sendto(b"truncated!", (host, h.peer[host]))
