import { describe, expect, it } from 'vitest';
import * as bluetooth from '@sock/bluetooth';
import * as can from '@sock/can';
import * as netlink from '@sock/netlink';
import * as packet from '@sock/packet';
import * as qipcrtr from '@sock/qipcrtr';
import * as tipc from '@sock/tipc';
import * as vsock from '@sock/vsock';
import { parseAddress, splitOptions } from '../src/address.js';
import { CliError, EXIT } from '../src/errors.js';
import type { FamilyModule } from '../src/families.js';
import { formatAddress } from '../src/open.js';

const tuple = (text: string, mod: FamilyModule = {}): unknown => {
  const spec = parseAddress(text);
  return spec.kind.address(mod, spec.rest, spec.text);
};

function usageError(text: string): CliError {
  try {
    parseAddress(text);
  } catch (err) {
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).code).toBe(EXIT.USAGE);
    return err as CliError;
  }
  throw new Error(`${text} parsed`);
}

describe('parseAddress', () => {
  it('reads inet addresses, choosing AF_INET6 for a bracketed host', () => {
    expect(tuple('tcp:127.0.0.1:8080')).toEqual(['127.0.0.1', 8080]);
    expect(tuple('udp:localhost:53')).toEqual(['localhost', 53]);
    expect(tuple('tcp:9000')).toEqual(['', 9000]);
    expect(tuple('tcp6:[::1]:80')).toEqual(['::1', 80]);
    const spec = parseAddress('tcp:[::1]:80');
    expect(spec.kind.familyFor?.(spec.rest, spec.text)).toBe('AF_INET6');
    expect(parseAddress('tcp:1.2.3.4:5').kind.familyFor?.('1.2.3.4:5', 'x')).toBe('AF_INET');
  });

  it('reads Unix paths, @names and unix-abstract names into the abstract namespace, and \\, as a comma', () => {
    expect(tuple('unix:/tmp/x.sock')).toBe('/tmp/x.sock');
    expect(tuple('unix-dgram:@tap')).toEqual(Buffer.from('\0tap'));
    expect(tuple('unix-abstract:name')).toEqual(Buffer.from('\0name'));
    expect(tuple('seqpacket:/tmp/a\\,b')).toBe('/tmp/a,b');
    expect(splitOptions('unix:/x,bind=[a,b],reuseaddr')).toEqual(['unix:/x', 'bind=[a,b]', 'reuseaddr']);
  });

  it('reads options: reuseaddr, reuseport, bind, setsockopt (integers, negative, hex bytes), type, listen, fork', () => {
    const spec = parseAddress('udp:127.0.0.1:9,reuseaddr,reuseport,bind=127.0.0.1:10,setsockopt=SOL_SOCKET:SO_RCVBUF:65536,setsockopt=SOL_SOCKET:SO_LINGER:hex:0100000005000000,setsockopt=IPPROTO_IP:IP_TTL:-1');
    expect(spec.options).toMatchObject({ reuseaddr: true, reuseport: true, bind: '127.0.0.1:10', listen: false, fork: false });
    expect(spec.options.setsockopt).toEqual([
      { level: 'SOL_SOCKET', name: 'SO_RCVBUF', value: 65536 },
      { level: 'SOL_SOCKET', name: 'SO_LINGER', value: Buffer.from('0100000005000000', 'hex') },
      { level: 'IPPROTO_IP', name: 'IP_TTL', value: -1 },
    ]);
    expect(parseAddress('vsock:1:5000,type=seqpacket').options.type).toBe('seqpacket');
    expect(parseAddress('tcp:1.2.3.4:5,fork').options).toMatchObject({ listen: true, fork: true });
  });

  it('resolves names from the family packages: vsock CIDs, netlink protocols and groups, ethertypes, J1939 defaults, TIPC names', () => {
    expect(tuple('vsock:host:1234', vsock)).toEqual([vsock.VMADDR_CID_HOST, 1234]);
    expect(tuple('vsock:any:any', vsock)).toEqual([vsock.VMADDR_CID_ANY, vsock.VMADDR_PORT_ANY]);
    const nl = parseAddress('netlink:route:link+ipv4-ifaddr');
    expect(nl.kind.proto(netlink, nl.rest, nl.text)).toBe(netlink.NETLINK_ROUTE);
    expect(nl.kind.address(netlink, nl.rest, nl.text)).toEqual([0, (netlink.RTMGRP_LINK! | netlink.RTMGRP_IPV4_IFADDR!) >>> 0]);
    expect(tuple('netlink:kobject-uevent:1', netlink)).toEqual([0, 1]);
    expect(tuple('packet:lo:ip', packet)).toEqual(['lo', packet.ETH_P_IP]);
    expect(tuple('packet:eth0', packet)).toEqual(['eth0', packet.ETH_P_ALL]);
    expect(tuple('packet:eth0:0x88b5', packet)).toEqual(['eth0', 0x88b5]);
    expect(tuple('can:vcan0', can)).toEqual(['vcan0']);
    expect(tuple('isotp:vcan0:7E8:7E0', can)).toEqual(['vcan0', 0x7e8, 0x7e0]);
    expect(tuple('j1939:vcan0', can)).toEqual(['vcan0', BigInt(can.J1939_NO_NAME!), can.J1939_NO_PGN, can.J1939_NO_ADDR]);
    expect(tuple('j1939:vcan0::0x12300:40', can)).toEqual(['vcan0', BigInt(can.J1939_NO_NAME!), 0x12300, 0x40]);
    expect(tuple('tipc:18888:17', tipc)).toEqual([tipc.TIPC_ADDR_NAME, 18888, 17, 0]);
    expect(tuple('l2cap:00:aa:01:00:00:00:4097')).toEqual(['00:AA:01:00:00:00', 4097]);
    expect(tuple('rfcomm:00:AA:01:01:00:01:7')).toEqual(['00:AA:01:01:00:01', 7]);
    const l = parseAddress('l2cap:00:AA:01:00:00:00:4097,bind=00:AA:01:01:00:01');
    expect(l.kind.local({}, l.options.bind!, l.text)).toEqual(['00:AA:01:01:00:01', 0]);
    expect(tuple('rds:127.0.0.1:4000')).toEqual(['127.0.0.1', 4000]);
    const t = parseAddress('tipc:18888:10:20');
    expect(t.kind.listenAddress?.(tipc, t.rest, t.text)).toEqual([tipc.TIPC_ADDR_NAMESEQ, 18888, 10, 20]);
  });

  it('reads sco:, hci: and qipcrtr: addresses into @sock/bluetooth and @sock/qipcrtr tuples', () => {
    expect(tuple('sco:00:aa:01:01:00:01', bluetooth)).toBe('00:AA:01:01:00:01');
    const sco = parseAddress('sco:00:AA:01:01:00:01,bind=00:aa:01:00:00:00');
    expect(sco.kind.local(bluetooth, sco.options.bind!, sco.text)).toBe('00:AA:01:00:00:00');
    expect(sco.kind.proto(bluetooth, sco.rest, sco.text)).toBe(bluetooth.BTPROTO_SCO);
    expect(sco.kind.types).toEqual({ seqpacket: 'SOCK_SEQPACKET' });
    expect(tuple('hci:0', bluetooth)).toEqual([0, bluetooth.HCI_CHANNEL_RAW]);
    expect(tuple('hci:hci1', bluetooth)).toEqual([1, bluetooth.HCI_CHANNEL_RAW]);
    expect(tuple('hci:1:user', bluetooth)).toEqual([1, bluetooth.HCI_CHANNEL_USER]);
    expect(tuple('hci:none:monitor', bluetooth)).toEqual([bluetooth.HCI_DEV_NONE, bluetooth.HCI_CHANNEL_MONITOR]);
    expect(tuple('hci:NONE:Control', bluetooth)).toEqual([bluetooth.HCI_DEV_NONE, bluetooth.HCI_CHANNEL_CONTROL]);
    expect(tuple('hci:none:logging', bluetooth)).toEqual([bluetooth.HCI_DEV_NONE, bluetooth.HCI_CHANNEL_LOGGING]);
    expect(tuple('hci:0:0x1', bluetooth)).toEqual([0, 1]);
    const hci = parseAddress('hci:0');
    expect(hci.kind.proto(bluetooth, hci.rest, hci.text)).toBe(bluetooth.BTPROTO_HCI);
    expect(hci.kind.style('raw')).toBe('bound');
    expect(tuple('qipcrtr:1:16385', qipcrtr)).toEqual([1, 16385]);
    expect(tuple('qipcrtr:bcast:ctrl', qipcrtr)).toEqual([qipcrtr.QRTR_NODE_BCAST, qipcrtr.QRTR_PORT_CTRL]);
    expect(tuple('qipcrtr:0x2:any', qipcrtr)).toEqual([2, 0]);
    const q = parseAddress('qipcrtr:7:16400,bind=7:any');
    expect(q.kind.local(qipcrtr, q.options.bind!, q.text)).toEqual([7, 0]);
    expect(q.kind.style('dgram')).toBe('datagram');
  });

  it('prints a J1939 sender in j1939: syntax (hex), and other tuples as KIND: REST', () => {
    expect(formatAddress(['vcan0', 0n, 0x12300, 0x20])).toBe('vcan0:0:12300:20');
    expect(formatAddress(['vcan0', 0x1234n, 0x3ffff, 0xfe])).toBe('vcan0:1234:3ffff:fe');
    expect(formatAddress([1, 16385])).toBe('1:16385');
    expect(formatAddress('00:AA:01:00:00:00')).toBe('00:AA:01:00:00:00');
    expect(formatAddress(['127.0.0.1', 80])).toBe('127.0.0.1:80');
  });

  it.each([
    ['', 'an address is required'],
    ['tcp', 'tcp takes HOST:PORT'],
    ['nope:1', 'unknown kind "nope"'],
    ['tcp:127.0.0.1', 'expected HOST:PORT'],
    ['tcp:127.0.0.1:', 'the port is missing'],
    ['tcp:127.0.0.1:65536', 'port must be a number in 0..65535, not "65536"'],
    ['tcp:127.0.0.1:http', 'port must be a number'],
    ['tcp:::1:80', 'IPv6 hosts go in brackets: [::1]:80'],
    ['tcp6:[::1:80', 'expected [HOST]:PORT'],
    ['unix:', 'the path is missing'],
    ['vsock:3', 'expected CID:PORT'],
    ['vsock:3:-1', 'port must be a number'],
    ['vsock:4294967296:1', 'CID must be a number in 0..4294967295'],
    ['can:', 'interface name must be 1-15 characters'],
    ['can:averyveryverylongname', 'interface name must be 1-15 characters'],
    ['isotp:vcan0:7E0', 'expected IFACE:RX:TX'],
    ['isotp:vcan0:xyz:7E0', 'RX id must be a hex number'],
    ['j1939:vcan0:1:2:3:4', 'expected IFACE[:NAME[:PGN[:ADDR]]]'],
    ['j1939:vcan0::0x40000', 'PGN must be a hex number in hex 0..3ffff'],
    ['packet:lo:1:2', 'expected IFACE[:PROTO]'],
    ['packet:lo:0x10000', 'protocol (an ethertype'],
    ['netlink:', 'expected PROTOCOL[:GROUPS]'],
    ['netlink:route:li nk', 'is not a group name'],
    ['tipc:1', 'expected TYPE:INSTANCE[:UPPER]'],
    ['l2cap:00:AA:01:00:00:4097', 'expected BDADDR:PSM'],
    ['l2cap:00:AA:01:00:00:00', 'expected BDADDR:PSM'],
    ['l2cap:00:AA:01:00:00:00:65536', 'psm must be a number in 0..65535'],
    ['rfcomm:00:AA:01:00:00:00:31', 'channel must be a number in 0..30'],
    ['rds:127.0.0.1', 'expected HOST:PORT'],
    ['tipc:1:5:4', 'the upper instance is below the lower one'],
    ['tcp:1.2.3.4:5,nope', 'unknown option "nope"'],
    ['tcp:1.2.3.4:5,bind', 'option bind needs a value'],
    ['tcp:1.2.3.4:5,reuseaddr=1', 'option reuseaddr takes no value'],
    ['tcp:1.2.3.4:5,setsockopt=SO_RCVBUF:1', 'setsockopt takes LEVEL:NAME:VALUE'],
    ['tcp:1.2.3.4:5,setsockopt=SOL_SOCKET:SO_RCVBUF:4294967296', 'setsockopt value'],
    ['tcp:1.2.3.4:5,setsockopt=SOL_SOCKET:SO_RCVBUF:hex:abc', 'not an even number of hex digits'],
    ['tcp:1.2.3.4:5,type=dgram', 'tcp: type must be one of stream'],
    ['tcp:1.2.3.4:5,bind=nothere', 'expected HOST:PORT'],
    ['can:vcan0,bind=vcan1', 'can: takes no bind='],
    ['sco:', 'expected BDADDR (as 00:11:22:33:44:55)'],
    ['sco:00:AA:01:00:00', 'expected BDADDR'],
    ['sco:00:AA:01:00:00:00:1', 'expected BDADDR'],
    ['sco:00:AA:01:00:00:00,bind=hci0', 'expected BDADDR'],
    ['sco:00:AA:01:00:00:00,type=stream', 'sco: type must be one of seqpacket'],
    ['hci:', 'expected DEV[:CHANNEL]'],
    ['hci:0:raw:1', 'expected DEV[:CHANNEL]'],
    ['hci:eth0', 'device (a number, hciN or none) must be a number in 0..65535, not "eth0"'],
    ['hci:65536', 'device (a number, hciN or none) must be a number in 0..65535'],
    ['hci:0:bogus', 'channel must be raw, user, monitor, control, logging or a number, not "bogus"'],
    ['hci:0:65536', 'channel must be a number in 0..65535'],
    ['hci:0:monitor', 'the monitor channel is not bound to one controller: write hci:none:monitor'],
    ['hci:hci1:control', 'write hci:none:control'],
    ['hci:0,bind=1', 'hci: takes no bind='],
    ['qipcrtr:', 'expected NODE:PORT'],
    ['qipcrtr:1', 'expected NODE:PORT'],
    ['qipcrtr:1:2:3', 'expected NODE:PORT'],
    ['qipcrtr:here:1', 'node (a number, local or bcast) must be a number'],
    ['qipcrtr:1:-1', 'port (a number, any or ctrl) must be a number'],
    ['qipcrtr:4294967296:1', 'node (a number, local or bcast) must be a number in 0..4294967295'],
    ['qipcrtr:1:1,bind=1', 'expected NODE:PORT'],
    ['qipcrtr:1:1,type=stream', 'qipcrtr: type must be one of dgram'],
  ])('refuses %j with a usage error that says why', (text, why) => {
    const err = usageError(text);
    expect(err.message).toContain(why);
    if (text !== '') expect(err.message).toContain(JSON.stringify(text));
  });

  it('refuses names the family does not define, when the socket is opened', () => {
    const nl = parseAddress('netlink:nosuch');
    expect(() => nl.kind.proto(netlink, nl.rest, nl.text)).toThrow(/this platform has no NETLINK_NOSUCH/);
    const g = parseAddress('netlink:route:nosuch');
    expect(() => g.kind.address(netlink, g.rest, g.text)).toThrow(/this platform has no RTMGRP_NOSUCH/);
  });
});
