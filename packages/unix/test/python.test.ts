/**
 * Cross-language: CPython's socket module is the peer. Python sends fds and
 * SCM_CREDENTIALS to @sock; @sock sends fds back, which Python uses.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Socket, SOCK_STREAM } from '@sock/core';
import { needs } from '@sock/core/testing';
import { AF_UNIX, parseAncillary, sendFds, setPassCred, socketpair } from '@sock/unix';
import { fdCount, scoped, socketDir, unix } from './helpers.js';

const pathFor = socketDir();
const peerScript = fileURLToPath(new URL('./fixtures/peer.py', import.meta.url));
const python = needs(spawnSync('python3', ['-c', 'import socket; socket.send_fds'], { stdio: 'ignore' }).status === 0 ? null : 'python3 (3.9+) on PATH');

function run(args: string[]): { done: Promise<{ code: number | null; stdout: string; stderr: string }>; pid: number } {
  const child = spawn('python3', [peerScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c));
  child.stderr.on('data', (c: Buffer) => (stderr += c));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  return { done, pid: child.pid! };
}

function readAll(fd: number): string {
  const buf = Buffer.alloc(200);
  let n = 0;
  for (let i = 0; i < 10 && n < buf.length; i++) {
    const got = readSync(fd, buf, n, buf.length - n, null);
    if (got === 0) break;
    n += got;
  }
  return buf.toString('utf8', 0, n);
}

describe.skipIf(unix.skip || python.skip)(`python3 as the peer${unix.title}${python.title}`, () => {
  it('receives fds and credentials from CPython, and sends fds CPython uses', async () => {
    const before = fdCount();
    const address = pathFor('py');
    const source = pathFor('from-python.txt');
    const target = pathFor('written-by-python.txt');
    writeFileSync(source, 'a file python opened');
    writeFileSync(target, '');

    using s = scoped(new Socket(AF_UNIX, SOCK_STREAM));
    const [server] = s;
    server.settimeout(10);
    server.bind(address);
    server.listen();
    const child = run([address, source]);
    const [conn] = await server.accept();
    using _conn = scoped(conn);
    setPassCred(conn, true);
    await conn.sendall(Buffer.from('go'));

    const [data, anc] = await conn.recvmsg(100, 256);
    const got = parseAncillary(anc);
    try {
      expect(data.toString()).toBe('from python');
      expect(got.credentials).toEqual([{ pid: child.pid, uid: process.getuid!(), gid: process.getgid!() }]);
      expect(got.fds.length).toBe(2);
      expect(readAll(got.fds[0]!)).toBe('a file python opened');
      expect(readAll(got.fds[1]!)).toBe('through a python pipe');
    } finally {
      for (const fd of got.fds) closeSync(fd);
    }

    const [mine, theirs] = socketpair();
    using _pair = scoped(mine, theirs);
    const w = openSync(target, 'w');
    try {
      expect(await sendFds(conn, [Buffer.from('from node')], [w, theirs.fileno()])).toBe(9);
    } finally {
      closeSync(w);
    }
    theirs.close();
    mine.settimeout(10);
    expect((await mine.recv(100)).toString()).toBe('python via a passed socket');

    const { code, stdout, stderr } = await child.done;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ msg: 'from node', nfds: 2, flags: 0, addr: address, passed_family: AF_UNIX, passed_type: SOCK_STREAM });
    expect(readFileSync(target, 'utf8')).toBe('written by python');
    conn.close();
    server.close();
    mine.close();
    expect(fdCount()).toBe(before);
  });
});
