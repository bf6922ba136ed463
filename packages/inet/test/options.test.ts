import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errno as E, ifNametoindex, SOCK_DGRAM, SOCK_STREAM, Socket, constants as coreConstants } from '@sock/core';
import {
  AF_INET,
  AF_INET6,
  decodeTcpInfo,
  getLinger,
  getTimeval,
  IP_TOS,
  IP_TTL,
  IPPROTO_IP,
  IPPROTO_IPV6,
  IPPROTO_TCP,
  IPV6_JOIN_GROUP,
  IPV6_LEAVE_GROUP,
  IPV6_UNICAST_HOPS,
  ipMreq,
  ipMreqSource,
  ipv6Mreq,
  packLinger,
  packTimeval,
  setLinger,
  setTimeval,
  TCP_ESTABLISHED,
  TCP_INFO_SIZE,
  TCP_KEEPIDLE,
  TCP_NODELAY,
  tcpInfo,
  tcpStateName,
  unpackLinger,
  unpackTimeval,
} from '@sock/inet';
import { needs } from '@sock/core/testing';
import { ipv6, socketTracker, thrown } from './helpers.js';

const track = socketTracker();
const tcpInfoNeed = needs(TCP_INFO_SIZE === 0 ? 'TCP_INFO and struct tcp_info in the headers' : null);

async function connectedPair(family = AF_INET, host = '127.0.0.1'): Promise<[Socket, Socket]> {
  const l = track(new Socket(family, SOCK_STREAM));
  l.bind([host, 0]);
  l.listen();
  const c = track(new Socket(family, SOCK_STREAM));
  await c.connect(l.getsockname());
  const [conn] = await l.accept();
  track(conn);
  l.close();
  return [c, conn];
}

describe('integer options work as in Python', () => {
  it('IP_TTL, IP_TOS, TCP_NODELAY, TCP_KEEPIDLE', () => {
    const s = track(new Socket(AF_INET, SOCK_STREAM));
    expect(s.getsockopt(IPPROTO_IP, IP_TTL)).not.toBe(7);
    s.setsockopt(IPPROTO_IP, IP_TTL, 7);
    expect(s.getsockopt(IPPROTO_IP, IP_TTL)).toBe(7);
    expect(s.getsockopt(IPPROTO_IP, IP_TOS)).toBe(0);
    s.setsockopt(IPPROTO_IP, IP_TOS, 0x10);
    expect(s.getsockopt(IPPROTO_IP, IP_TOS)).toBe(0x10);
    expect(s.getsockopt(IPPROTO_TCP, TCP_NODELAY)).toBe(0);
    s.setsockopt(IPPROTO_TCP, TCP_NODELAY, true);
    expect(s.getsockopt(IPPROTO_TCP, TCP_NODELAY)).not.toBe(0);
    if (TCP_KEEPIDLE !== undefined) {
      expect(s.getsockopt(IPPROTO_TCP, TCP_KEEPIDLE)).not.toBe(42);
      s.setsockopt(IPPROTO_TCP, TCP_KEEPIDLE, 42);
      expect(s.getsockopt(IPPROTO_TCP, TCP_KEEPIDLE)).toBe(42);
    }
  });

  it.skipIf(ipv6.skip)(`IPV6_UNICAST_HOPS${ipv6.title}`, () => {
    const s = track(new Socket(AF_INET6, SOCK_DGRAM));
    expect(s.getsockopt(IPPROTO_IPV6, IPV6_UNICAST_HOPS)).not.toBe(9);
    s.setsockopt(IPPROTO_IPV6, IPV6_UNICAST_HOPS, 9);
    expect(s.getsockopt(IPPROTO_IPV6, IPV6_UNICAST_HOPS)).toBe(9);
  });
});

describe('linger', () => {
  it('round-trips through SO_LINGER', () => {
    const s = track(new Socket(AF_INET, SOCK_STREAM));
    expect(getLinger(s)).toEqual({ onoff: false, linger: 0 });
    setLinger(s, true, 7);
    expect(getLinger(s)).toEqual({ onoff: true, linger: 7 });
  });

  it('packs and unpacks any value (fast-check)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 0, max: 0x7fffffff }), (onoff, seconds) => {
        expect(unpackLinger(packLinger(onoff, seconds))).toEqual({ onoff, linger: seconds });
      }),
    );
    expect(thrown(() => packLinger(true, -1))).toBeInstanceOf(RangeError);
  });
});

describe('timeval', () => {
  it('round-trips SO_RCVTIMEO and SO_SNDTIMEO', () => {
    const s = track(new Socket(AF_INET, SOCK_DGRAM));
    for (const opt of [coreConstants.SO_RCVTIMEO!, coreConstants.SO_SNDTIMEO!]) {
      expect(getTimeval(s, opt)).toBe(0);
      setTimeval(s, opt, 2.5);
      expect(getTimeval(s, opt)).toBeCloseTo(2.5, 1);
    }
  });

  it('packs and unpacks at microsecond resolution (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7ffffffe }), fc.integer({ min: 0, max: 999_999 }), (sec, usec) => {
        const seconds = sec + usec / 1e6;
        expect(Math.round(unpackTimeval(packTimeval(seconds)) * 1e6)).toBe(Math.round(seconds * 1e6));
      }),
    );
    expect(thrown(() => packTimeval(-1))).toBeInstanceOf(RangeError);
    expect(unpackTimeval(Buffer.alloc(3))).toBe(0);
  });
});

describe('TCP_INFO', () => {
  it.skipIf(tcpInfoNeed.skip)(`decodes a connected socket’s tcp_info into named fields${tcpInfoNeed.title}`, async () => {
    const [c, conn] = await connectedPair();
    await c.sendall(Buffer.alloc(1000, 1));
    await conn.recv(1000);
    const info = tcpInfo(c);
    expect(info.state).toBe(TCP_ESTABLISHED);
    expect(tcpStateName(info.state)).toBe('TCP_ESTABLISHED');
    for (const field of ['ca_state', 'retransmits', 'probes', 'backoff', 'options', 'snd_wscale', 'rcv_wscale', 'rto', 'ato', 'snd_mss', 'rcv_mss', 'unacked', 'sacked', 'lost', 'retrans', 'fackets', 'last_data_sent', 'last_ack_sent', 'last_data_recv', 'last_ack_recv', 'pmtu', 'rcv_ssthresh', 'rtt', 'rttvar', 'snd_ssthresh', 'snd_cwnd', 'advmss', 'reordering', 'rcv_rtt', 'rcv_space', 'total_retrans']) {
      expect(typeof info[field], field).toBe('number');
    }
    expect(info.snd_mss).toBeGreaterThan(0);
    expect(info.pmtu).toBeGreaterThan(0);
    expect(info.rto).toBeGreaterThan(0);
    expect(info.snd_wscale).toBeLessThanOrEqual(14);
    if ('bytes_acked' in info) expect(info.bytes_acked).toBeGreaterThanOrEqual(1000n);
    if ('segs_out' in info) expect(info.segs_out).toBeGreaterThan(0);
  });

  it.skipIf(tcpInfoNeed.skip)(`leaves out fields past the end of short input and never throws on it${tcpInfoNeed.title}`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: TCP_INFO_SIZE + 16 }), (bytes) => {
        const info = decodeTcpInfo(bytes);
        if (bytes.length === 0) expect(Object.keys(info)).toEqual([]);
        if (bytes.length >= 8) expect(info.rcv_wscale).toBe(bytes[6]! >> 4);
      }),
    );
  });
});

describe('multicast request structs', () => {
  it('ip_mreq and ip_mreq_source carry the addresses where the headers put them', () => {
    const m = ipMreq('239.1.2.3', '127.0.0.1');
    expect([...m]).toEqual([239, 1, 2, 3, 127, 0, 0, 1]);
    expect(thrown(() => ipMreq('not an address'))).toHaveProperty('message', 'illegal IP address string passed to inet_pton');
    expect(ipMreqSource('239.1.2.3', '10.0.0.1', '127.0.0.1').length).toBeGreaterThanOrEqual(12);
  });

  it('ipv6_mreq holds the group and the interface index', () => {
    const m = ipv6Mreq('ff02::1:4242', 1);
    expect(m.subarray(0, 16).toString('hex')).toBe('ff020000000000000000000000014242');
    expect(m.length).toBe(20);
    expect(thrown(() => ipv6Mreq('ff02::1', -1))).toBeInstanceOf(RangeError);
  });

  it.skipIf(ipv6.skip)(`ipv6_mreq joins and leaves a group on lo${ipv6.title}`, () => {
    const s = track(new Socket(AF_INET6, SOCK_DGRAM));
    s.bind(['::', 0]);
    const mreq = ipv6Mreq('ff02::1:4242', ifNametoindex('lo'));
    s.setsockopt(IPPROTO_IPV6, IPV6_JOIN_GROUP, mreq);
    expect(thrown(() => s.setsockopt(IPPROTO_IPV6, IPV6_JOIN_GROUP, mreq))).toHaveProperty('errno', E.EADDRINUSE);
    s.setsockopt(IPPROTO_IPV6, IPV6_LEAVE_GROUP, mreq);
    expect(thrown(() => s.setsockopt(IPPROTO_IPV6, IPV6_LEAVE_GROUP, mreq))).toHaveProperty('errno', E.EADDRNOTAVAIL);
  });
});
