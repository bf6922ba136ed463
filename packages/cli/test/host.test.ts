/** End to end on the host: `sock` as child processes over TCP, UDP, Unix (every type), netlink and relays. */
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { algFamily } from '@sock/alg';
import { spawnSync } from 'node:child_process';
import { needsRoot } from '@sock/core/testing';
import { encodeMessage, decodeMessages, NLM_F_DUMP, NLM_F_REQUEST, RTM_GETLINK, RTM_NEWADDR, RTM_NEWLINK, encodeIfinfomsg } from '@sock/netlink';
import { framingFor } from '../src/framing.js';
import { assertBuilt, killAll, run, start } from './helpers.js';

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'sock-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(killAll);

const portOf = async (r: ReturnType<typeof start>): Promise<number> => Number((await r.waitFor(/listening on \S+:(\d+)\n/)).match(/:(\d+)\n$/)![1]);

function udpEcho(): Promise<UdpSocket & { port: number }> {
  const s = createSocket('udp4');
  s.on('message', (msg, rinfo) => s.send(msg, rinfo.port, rinfo.address));
  return new Promise((resolve) => s.bind(0, '127.0.0.1', () => resolve(Object.assign(s, { port: s.address().port }))));
}

describe('TCP', () => {
  it('listen and connect carry both directions and both end at EOF', async () => {
    const server = start(['listen', '-v', 'tcp:127.0.0.1:0'], { input: 'pong\n' });
    const port = await portOf(server);
    const client = await run(['connect', `tcp:127.0.0.1:${port}`], { input: 'ping\n' });
    expect(client).toMatchObject({ code: 0, stdout: 'pong\n', stderr: '' });
    const s = await server.result;
    expect(s.code).toBe(0);
    expect(s.stdout).toBe('ping\n');
    expect(s.stderr).toMatch(/^sock: listening on tcp:127\.0\.0\.1:\d+\nsock: connection from 127\.0\.0\.1:\d+\n$/);
  });

  it('listen --fork runs a command per connection with the connection as its stdin/stdout; relay with "-" echoes through it', async () => {
    const server = start(['listen', '--fork', '-v', 'tcp:127.0.0.1:0', '--', 'cat'], { keepStdin: true, timeout: 15_000 });
    const port = await portOf(server);
    for (const word of ['hello', 'again']) {
      const r = await run(['relay', '-', `tcp:127.0.0.1:${port}`], { input: `${word}\n` });
      expect(r).toMatchObject({ code: 0, stdout: `${word}\n` });
    }
    server.child.kill('SIGTERM');
  });

  it('a refused connection is exit 1 naming the address', async () => {
    const probe = start(['listen', '-v', 'tcp:127.0.0.1:0'], { keepStdin: true });
    const port = await portOf(probe);
    probe.child.kill('SIGKILL');
    await probe.result;
    const r = await run(['connect', `tcp:127.0.0.1:${port}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`sock connect: tcp:127.0.0.1:${port}: [Errno 111] Connection refused\n`);
  });
});

describe('UDP', () => {
  it('connect sends a datagram per line and prints each reply (-l), stopping after --count', async () => {
    const echo = await udpEcho();
    try {
      const r = await run(['connect', '-l', '-c', '2', `udp:127.0.0.1:${echo.port}`], { input: 'a\nbb\n' });
      expect(r).toMatchObject({ code: 0, stdout: 'a\nbb\n', stderr: '' });
    } finally {
      echo.close();
    }
  });

  it('recv --json prints each datagram with its sender', async () => {
    const server = start(['recv', '-v', '--json', '-c', '1', 'udp:127.0.0.1:0']);
    const port = await portOf(server);
    const tx = createSocket('udp4');
    tx.bind(0, '127.0.0.1');
    await new Promise<void>((resolve) => tx.once('listening', resolve));
    tx.send('hi', port, '127.0.0.1');
    const r = await server.result;
    const local = tx.address().port;
    tx.close();
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ length: 2, data: '6869', from: `127.0.0.1:${local}` });
  });

  it('recv --timeout with nothing arriving is exit 4', async () => {
    const r = await run(['recv', '--timeout', '0.3', 'udp:127.0.0.1:0']);
    expect(r).toMatchObject({ code: 4, stdout: '', stderr: 'sock recv: timed out: nothing moved for 0.3 s\n' });
  });

  it('send -u gives each length-prefixed record its own datagram', async () => {
    const server = start(['recv', '-v', '-x', '-c', '2', 'udp:127.0.0.1:0']);
    const port = await portOf(server);
    const len = framingFor('length');
    const input = Buffer.concat([len.encode({ data: Buffer.from('first') }), len.encode({ data: Buffer.from('second') })]);
    expect((await run(['send', '--length', `udp:127.0.0.1:${port}`], { input })).code).toBe(0);
    const r = await server.result;
    expect(r.stdout).toBe('00000000  66 69 72 73 74                                    |first|\n00000000  73 65 63 6f 6e 64                                 |second|\n');
  });
});

describe('Unix', () => {
  it('stream: listen on a path, connect to it', async () => {
    const path = join(dir, 'stream.sock');
    const server = start(['listen', '-v', `unix:${path}`], { input: 'from server' });
    await server.waitFor(/listening on/);
    const c = await run(['connect', `unix:${path}`], { input: 'from client' });
    expect(c).toMatchObject({ code: 0, stdout: 'from server' });
    expect((await server.result).stdout).toBe('from client');
  });

  it('abstract stream names (unix-abstract:NAME)', async () => {
    const name = `sock-cli-test-${process.pid}`;
    const server = start(['listen', '-v', `unix-abstract:${name}`], { input: '' });
    expect(await server.waitFor(/listening on unix-abstract:@\S+/)).toBe(`listening on unix-abstract:@${name}`);
    expect((await run(['send', `unix-abstract:${name}`], { input: 'abstract' })).code).toBe(0);
    expect((await server.result).stdout).toBe('abstract');
  });

  it('datagram: send to a path, recv there, each datagram a hex dump', async () => {
    const path = join(dir, 'dgram.sock');
    const server = start(['recv', '-v', '-x', '-c', '2', `unix-dgram:${path}`]);
    await server.waitFor(/listening on/);
    expect((await run(['send', '-l', `unix-dgram:${path}`], { input: 'one\ntwo\n' })).code).toBe(0);
    const r = await server.result;
    expect(r.stdout).toBe('00000000  6f 6e 65                                          |one|\n00000000  74 77 6f                                          |two|\n');
  });

  it('datagram: a listening end answers the client that sent last (the client autobinds)', async () => {
    const path = join(dir, 'answer.sock');
    const server = start(['listen', '-v', '-l', `unix-dgram:${path}`], { keepStdin: true });
    await server.waitFor(/listening on/);
    const client = start(['connect', '-l', '-c', '1', `unix-dgram:${path}`], { keepStdin: true });
    client.write('question\n');
    await server.waitFor(/question\n/);
    server.end('answer\n');
    const c = await client.result;
    expect(c).toMatchObject({ code: 0, stdout: 'answer\n' });
    await server.result;
  });

  it('seqpacket keeps message boundaries: two lines in, two messages out', async () => {
    const path = join(dir, 'seq.sock');
    const server = start(['recv', '-v', '--length', `seqpacket:${path}`]);
    await server.waitFor(/listening on/);
    expect((await run(['send', '-l', `seqpacket:${path}`], { input: 'one\ntwo\n' })).code).toBe(0);
    const r = await server.result;
    expect(r.code).toBe(0);
    const msgs = framingFor('length').decoder().push(r.out).map(String);
    expect(msgs).toEqual(['one', 'two']);
  });

  it('connect --retry waits for a listener that starts later; without it a missing socket file is exit 1', async () => {
    const path = join(dir, 'later.sock');
    const client = start(['connect', '--retry', '8', `unix:${path}`], { input: 'patient' });
    await new Promise((r) => setTimeout(r, 300));
    const server = start(['recv', `unix:${path}`]);
    expect((await client.result).code).toBe(0);
    expect((await server.result).stdout).toBe('patient');
  });

  it('a missing socket file is exit 1', async () => {
    const r = await run(['connect', `unix:${join(dir, 'absent.sock')}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/absent\.sock: \[Errno 2\] No such file or directory\n$/);
  });
});

describe('netlink', () => {
  it('connect -x netlink:route sends an RTM_GETLINK dump request and prints the kernel answer, which lists lo', async () => {
    const request = encodeMessage({ type: RTM_GETLINK, flags: NLM_F_REQUEST | NLM_F_DUMP, seq: 1, payload: encodeIfinfomsg({}) });
    const r = await run(['connect', '-x', '-c', '1', 'netlink:route'], { input: `${request.toString('hex')}\n` });
    expect(r.code).toBe(0);
    const d = framingFor('hex').decoder();
    const batches = [...d.push(r.out), ...d.end()];
    expect(batches.length).toBe(1);
    const messages = decodeMessages(batches[0]!);
    expect(messages[0]!.type).toBe(RTM_NEWLINK);
    expect(batches[0]!.includes(Buffer.from('lo\0'))).toBe(true);
  });
});

describe('netlink monitor', () => {
  const root = needsRoot('root (CAP_NET_ADMIN) to add an address to lo');
  it.skipIf(root.skip)(`recv netlink:route:ipv4-ifaddr prints the RTM_NEWADDR of an address added to lo${root.title}`, async () => {
    const mon = start(['recv', '-v', '-x', '-c', '1', 'netlink:route:ipv4-ifaddr']);
    await mon.waitFor(/listening on netlink:\d+:16\n/);
    const ip = (...args: string[]): number | null => spawnSync('ip', args, { stdio: 'ignore' }).status;
    expect(ip('addr', 'add', '127.0.0.99/8', 'dev', 'lo')).toBe(0);
    ip('addr', 'del', '127.0.0.99/8', 'dev', 'lo');
    const r = await mon.result;
    expect(r.code).toBe(0);
    const d = framingFor('hex').decoder();
    const [batch] = [...d.push(r.out), ...d.end()];
    const [msg] = decodeMessages(batch!);
    expect(msg!.type).toBe(RTM_NEWADDR);
    expect(batch!.includes(Buffer.from([127, 0, 0, 99]))).toBe(true);
  });
});

describe('relay', () => {
  it('a forking left end gives each connection a fresh right end', async () => {
    const echo = start(['listen', '--fork', '-v', 'tcp:127.0.0.1:0', '--', 'cat'], { keepStdin: true, timeout: 15_000 });
    const echoPort = await portOf(echo);
    const relay = start(['relay', '-v', 'tcp:127.0.0.1:0,fork', `tcp:127.0.0.1:${echoPort}`], { keepStdin: true, timeout: 15_000 });
    const port = await portOf(relay);
    const [a, b] = await Promise.all([run(['connect', `tcp:127.0.0.1:${port}`], { input: 'first\n' }), run(['connect', `tcp:127.0.0.1:${port}`], { input: 'second\n' })]);
    expect([a.stdout, b.stdout]).toEqual(['first\n', 'second\n']);
    relay.child.kill('SIGTERM');
    echo.child.kill('SIGTERM');
  });

  it('joins a Unix datagram socket and a UDP one, both ways', async () => {
    const echo = await udpEcho();
    const path = join(dir, 'tap.sock');
    const relay = start(['relay', '-v', `unix-dgram:${path},listen`, `udp:127.0.0.1:${echo.port}`], { timeout: 15_000 });
    try {
      await relay.waitFor(/listening on/);
      const r = await run(['connect', '-l', '-c', '1', `unix-dgram:${path}`], { input: 'through the relay\n' });
      expect(r).toMatchObject({ code: 0, stdout: 'through the relay\n' });
    } finally {
      relay.child.kill('SIGTERM');
      echo.close();
    }
  });
});

describe('hash', () => {
  const alg = algFamily.available();
  it(`${alg ? 'gives the kernel sha256 of a file, as node:crypto does' : 'fails with exit 3 and the reason sock families gives (AF_ALG unavailable here)'}`, async () => {
    const file = join(dir, 'data.bin');
    writeFileSync(file, 'some bytes to hash\n');
    const r = await run(['hash', 'sha256', file]);
    if (alg) {
      expect(r).toMatchObject({ code: 0, stdout: `${createHash('sha256').update('some bytes to hash\n').digest('hex')}  ${file}\n` });
    } else {
      expect(r.code).toBe(3);
      expect(r.stderr).toBe(`sock hash: AF_ALG is not available: ${algFamily.unavailableReason()}\n`);
    }
  });
});
