/**
 * The same conversation with CPython's socket module on the other end, over
 * VMADDR_CID_LOCAL: a Python server for our client, and a Python client for
 * our server. The Python peers use socket timeouts and run under a process
 * timeout; a peer that dies fails the test at once, with its stderr.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Socket, SOCK_STREAM } from '@sock/core';
import { AF_VSOCK, VMADDR_CID_LOCAL, VMADDR_PORT_ANY } from '@sock/vsock';
import { listener, PYTHON_TIMEOUT, pythonNeed, scoped, streamLoopback } from './helpers.js';

const loopback = streamLoopback();
const python = loopback.skip ? loopback : pythonNeed();

// CPython before 3.12 lacks socket.VMADDR_CID_LOCAL: the values come in as arguments.
const SERVER = `
import socket, sys
s = socket.socket(socket.AF_VSOCK, socket.SOCK_STREAM)
s.settimeout(30)
s.bind((int(sys.argv[1]), int(sys.argv[2])))
s.listen()
print(s.getsockname()[1], flush=True)
c, peer = s.accept()
c.settimeout(30)
data = c.recv(1024)
c.sendall(data.upper() + repr(peer).encode())
c.close()
s.close()
`;

const CLIENT = `
import socket, sys
c = socket.socket(socket.AF_VSOCK, socket.SOCK_STREAM)
c.settimeout(30)
c.connect((int(sys.argv[1]), int(sys.argv[2])))
c.sendall(b'from python')
print(c.recv(1024).decode(), repr(c.getpeername()), flush=True)
c.close()
`;

interface Peer {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Everything the child printed so far. */
  stdout(): string;
  /** Resolves with the first line of stdout; rejects if the child exits first. */
  firstLine: Promise<string>;
  /** Resolves when the child exits with status 0; rejects with its stderr otherwise. */
  done: Promise<void>;
}

function python3(script: string, ...args: number[]): Peer {
  const child = spawn('python3', ['-c', script, ...args.map(String)], { stdio: ['ignore', 'pipe', 'pipe'], timeout: PYTHON_TIMEOUT });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`python3 exited with ${code ?? signal}: ${err}`))));
  });
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    done.then(() => reject(new Error(`python3 exited without a line: ${err}`)), reject);
  });
  // Awaiting them still throws; these only keep a failure nobody awaits yet from being an unhandled rejection.
  done.catch(() => {});
  firstLine.catch(() => {});
  return { child, stdout: () => out, firstLine, done };
}

describe('AF_VSOCK with CPython on the other end', () => {
  it.skipIf(python.skip)(`talks to a CPython server${python.title}`, async () => {
    const peer = python3(SERVER, VMADDR_CID_LOCAL!, VMADDR_PORT_ANY);
    try {
      const port = Number(await peer.firstLine);
      using client = new Socket(AF_VSOCK, SOCK_STREAM);
      client.settimeout(30);
      await client.connect([VMADDR_CID_LOCAL!, port]);
      expect(client.getpeername()).toEqual([VMADDR_CID_LOCAL, port]);
      await client.sendall(Buffer.from('from node'));
      const reply = (await client.recv(1024)).toString();
      const myPort = (client.getsockname() as number[])[1];
      expect(reply).toBe(`FROM NODE(${VMADDR_CID_LOCAL}, ${myPort})`);
      await peer.done;
    } finally {
      peer.child.kill();
    }
  }, PYTHON_TIMEOUT + 10_000);

  it.skipIf(python.skip)(`serves a CPython client${python.title}`, async () => {
    const [server, address] = listener();
    using _ = scoped(server);
    server.settimeout(PYTHON_TIMEOUT / 1000);
    const port = (address as number[])[1]!;
    const peer = python3(CLIENT, VMADDR_CID_LOCAL!, port);
    try {
      const died = peer.done.then(() => {
        throw new Error('python3 exited before connecting');
      });
      died.catch(() => {});
      const [conn] = await Promise.race([server.accept(), died]);
      using __ = scoped(conn);
      conn.settimeout(30);
      expect((await conn.recv(1024)).toString()).toBe('from python');
      await conn.sendall(Buffer.from('hello python'));
      await peer.done;
      expect(peer.stdout().trim()).toBe(`hello python (${VMADDR_CID_LOCAL}, ${port})`);
    } finally {
      peer.child.kill();
    }
  }, PYTHON_TIMEOUT + 10_000);
});
