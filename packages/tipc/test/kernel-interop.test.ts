/**
 * AF_TIPC between @sock and CPython's socket module (python3 in the kernel
 * lab): each side as server and as client, over SOCK_RDM and SOCK_STREAM,
 * comparing the addresses each side reports for the other.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Socket, SOCK_RDM, SOCK_STREAM } from '@sock/core';
import { TIPC_ADDR_NAME, TIPC_ADDR_NAMESEQ } from '@sock/tipc';
import { PythonPeer, pythonTipc, serviceType, tipcSocket } from './helpers.js';

const open: Socket[] = [];
const track = <S extends Socket>(s: S): S => (open.push(s), s);
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

const PY_RDM_SERVER = `
s = socket.socket(socket.AF_TIPC, socket.SOCK_RDM)
s.settimeout(30)
s.bind((socket.TIPC_ADDR_NAMESEQ, ARGS['type'], 0, 10))
print(json.dumps(list(s.getsockname())), flush=True)
data, addr = s.recvfrom(100)
s.sendto(data.upper(), addr)
print(json.dumps({'data': data.decode(), 'from': list(addr)}), flush=True)
s.close()
`;

const PY_RDM_CLIENT = `
s = socket.socket(socket.AF_TIPC, socket.SOCK_RDM)
s.settimeout(30)
s.sendto(b'from python', (socket.TIPC_ADDR_NAME, ARGS['type'], 7, 0))
data, addr = s.recvfrom(100)
print(json.dumps({'data': data.decode(), 'from': list(addr), 'me': list(s.getsockname())}), flush=True)
s.close()
`;

const PY_STREAM_SERVER = `
s = socket.socket(socket.AF_TIPC, socket.SOCK_STREAM)
s.settimeout(30)
s.bind((socket.TIPC_ADDR_NAMESEQ, ARGS['type'], 1, 1))
s.listen()
print(json.dumps('ready'), flush=True)
c, addr = s.accept()
c.settimeout(30)
data = c.recv(100)
c.sendall(data[::-1])
print(json.dumps({'data': data.decode(), 'accepted': list(addr), 'peer': list(c.getpeername())}), flush=True)
c.close(); s.close()
`;

const PY_STREAM_CLIENT = `
s = socket.socket(socket.AF_TIPC, socket.SOCK_STREAM)
s.settimeout(30)
s.connect((socket.TIPC_ADDR_NAME, ARGS['type'], 2, 0))
s.sendall(b'python stream')
data = s.recv(100)
print(json.dumps({'data': data.decode(), 'me': list(s.getsockname()), 'peer': list(s.getpeername())}), flush=True)
s.close()
`;

describe('AF_TIPC with CPython as the peer', () => {
  it.skipIf(pythonTipc.skip)(`SOCK_RDM: @sock sends to a CPython server's range and gets its reply; the addresses agree${pythonTipc.title}`, async () => {
    const T = serviceType();
    const py = new PythonPeer(PY_RDM_SERVER, { type: T });
    const pyAddr = await py.next<number[]>();
    const cli = track(tipcSocket(SOCK_RDM));
    await cli.sendto(Buffer.from('from node'), [TIPC_ADDR_NAME, T, 3, 0]);
    const [reply, from] = await cli.recvfrom(100);
    expect(reply.toString()).toBe('FROM NODE');
    expect(from).toEqual(pyAddr);
    const seen = await py.next<{ data: string; from: number[] }>();
    expect(seen).toEqual({ data: 'from node', from: cli.getsockname() });
    await py.end();
  });

  it.skipIf(pythonTipc.skip)(`SOCK_RDM: a CPython client sends to an @sock server's range and gets its reply${pythonTipc.title}`, async () => {
    const T = serviceType();
    const srv = track(tipcSocket(SOCK_RDM));
    srv.bind([TIPC_ADDR_NAMESEQ, T, 5, 9]);
    const py = new PythonPeer(PY_RDM_CLIENT, { type: T });
    const [data, from] = await srv.recvfrom(100);
    expect(data.toString()).toBe('from python');
    await srv.sendto(Buffer.from('reply'), from!);
    const seen = await py.next<{ data: string; from: number[]; me: number[] }>();
    expect(seen.data).toBe('reply');
    expect(seen.from).toEqual(srv.getsockname());
    expect(seen.me).toEqual(from);
    await py.end();
  });

  it.skipIf(pythonTipc.skip)(`SOCK_STREAM: @sock connects to a CPython listener by name${pythonTipc.title}`, async () => {
    const T = serviceType();
    const py = new PythonPeer(PY_STREAM_SERVER, { type: T });
    expect(await py.next()).toBe('ready');
    const cli = track(tipcSocket(SOCK_STREAM));
    await cli.connect([TIPC_ADDR_NAME, T, 1, 0]);
    await cli.sendall(Buffer.from('abc'));
    expect((await cli.recv(100)).toString()).toBe('cba');
    const seen = await py.next<{ data: string; accepted: number[]; peer: number[] }>();
    expect(seen).toEqual({ data: 'abc', accepted: cli.getsockname(), peer: cli.getsockname() });
    await py.end();
  });

  it.skipIf(pythonTipc.skip)(`SOCK_STREAM: a CPython client connects to an @sock listener by name${pythonTipc.title}`, async () => {
    const T = serviceType();
    const srv = track(tipcSocket(SOCK_STREAM));
    srv.bind([TIPC_ADDR_NAMESEQ, T, 2, 2]);
    srv.listen();
    const py = new PythonPeer(PY_STREAM_CLIENT, { type: T });
    const [conn, addr] = await srv.accept();
    track(conn);
    expect((await conn.recv(100)).toString()).toBe('python stream');
    await conn.sendall(Buffer.from('ok'));
    const seen = await py.next<{ data: string; me: number[]; peer: number[] }>();
    expect(seen.data).toBe('ok');
    expect(seen.me).toEqual(addr);
    expect(seen.peer).toEqual(conn.getsockname());
    await py.end();
  });
});
