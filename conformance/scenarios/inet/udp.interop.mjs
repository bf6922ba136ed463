// Interop over UDP (IPv4 and IPv6 loopback): datagrams of several sizes, echoed reversed to the sender's address.
import { Socket, SOCK_DGRAM } from '@sock/core';
import { AF_INET, AF_INET6 } from '@sock/inet';

const SIZES = [0, 1, 1400, 60000];
const HOSTS = [[AF_INET, '127.0.0.1'], [AF_INET6, '::1']];

export async function server(h) {
  const ports = {};
  const socks = {};
  for (const [fam, host] of HOSTS) {
    const s = h.track(new Socket(fam, SOCK_DGRAM));
    s.settimeout(10);
    s.bind([host, 0]);
    socks[host] = s;
    ports[host] = s.getsockname()[1];
  }
  h.ready(ports);
  for (const [host, s] of Object.entries(socks)) {
    for (const size of SIZES) {
      const [data, addr] = await s.recvfrom(65536);
      h.check(`${host}: datagram of ${size}`, [data.length, data.subarray(0, 8), addr[0], addr.length]);
      await s.sendto(Buffer.from(data).reverse(), addr);
    }
    const [data] = s.recvfromSync(4);
    h.check(`${host}: a short recvfrom truncates`, data);
  }
}

export async function client(h) {
  for (const [fam, host] of HOSTS) {
    const c = h.track(new Socket(fam, SOCK_DGRAM));
    c.settimeout(10);
    for (const size of SIZES) {
      const payload = Buffer.alloc(size);
      for (let i = 0; i < size; i++) payload[i] = i % 251;
      c.sendtoSync(payload, [host, h.peer[host]]);
      const [data, addr] = await c.recvfrom(65536);
      h.check(`${host}: echo of ${size}`, [data.equals(Buffer.from(payload).reverse()), addr[1] === h.peer[host], addr.length]);
    }
    await c.sendto(Buffer.from('truncated!'), [host, h.peer[host]]);
  }
}
