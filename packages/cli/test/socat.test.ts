/** Interop with socat, where it is installed (apt-get install socat): each side of a pairing is the other tool. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { needs } from '@sock/core/testing';
import { assertBuilt, killAll, run, start } from './helpers.js';

const socat = needs(spawnSync('socat', ['-V'], { stdio: 'ignore' }).status === 0 ? null : 'socat: apt-get install socat');
const SOCAT = { SOCK_CMD: 'socat' };

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'sock-socat-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(killAll);

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe.skipIf(socat.skip)(`interop with socat${socat.title}`, () => {
  it('socat connects to sock listen over TCP, both directions', async () => {
    const server = start(['listen', '-v', 'tcp:127.0.0.1:0'], { input: 'from sock\n' });
    const port = Number((await server.waitFor(/listening on \S+:\d+\n/)).match(/:(\d+)\n$/)![1]);
    const client = await run([`-t5`, '-', `TCP:127.0.0.1:${port}`], { input: 'from socat\n', env: SOCAT });
    expect(client).toMatchObject({ code: 0, stdout: 'from sock\n' });
    expect((await server.result).stdout).toBe('from socat\n');
  });

  it('sock connects to a socat UDP echo, a datagram per line', async () => {
    const port = await freePort();
    const echo = start([`UDP4-RECVFROM:${port},bind=127.0.0.1,fork`, 'EXEC:cat'], { env: SOCAT, keepStdin: true, timeout: 15_000 });
    try {
      let r;
      // socat binds a moment after it starts: retry the first exchange a few times.
      for (let i = 0; i < 20; i++) {
        r = await run(['connect', '-l', '-c', '1', '--timeout', '0.5', `udp:127.0.0.1:${port}`], { input: 'echo me\n' });
        if (r.code === 0) break;
      }
      expect(r).toMatchObject({ code: 0, stdout: 'echo me\n' });
    } finally {
      echo.child.kill('SIGTERM');
    }
  });

  it('sock sends Unix datagrams that socat receives, and seqpacket messages to a socat listener', async () => {
    const path = join(dir, 'socat-dgram.sock');
    const rx = start(['-u', `UNIX-RECV:${path}`, '-'], { env: SOCAT });
    for (let i = 0; i < 50 && (await run(['send', `unix-dgram:${path}`], { input: 'dgram to socat' })).code !== 0; i++) await new Promise((r) => setTimeout(r, 100));
    await rx.waitFor(/dgram to socat/);
    rx.child.kill('SIGTERM');

    const seq = join(dir, 'socat-seq.sock');
    const listener = start(['-u', `UNIX-LISTEN:${seq},type=5`, '-'], { env: SOCAT });
    for (let i = 0; i < 50 && (await run(['send', '-l', `seqpacket:${seq}`], { input: 'packet\n' })).code !== 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect((await listener.result).stdout).toBe('packet');
  });

  it('sock relay carries a socat client to a socat TCP server', async () => {
    const port = await freePort();
    const server = start(['-t5', `TCP4-LISTEN:${port},bind=127.0.0.1,reuseaddr`, 'EXEC:cat'], { env: SOCAT, keepStdin: true });
    const relay = start(['relay', '-v', 'tcp:127.0.0.1:0,listen', `tcp:127.0.0.1:${port}`], { timeout: 15_000 });
    const rport = Number((await relay.waitFor(/listening on \S+:\d+\n/)).match(/:(\d+)\n$/)![1]);
    let client;
    for (let i = 0; i < 20; i++) {
      client = await run(['-t5', '-', `TCP:127.0.0.1:${rport}`], { input: 'round trip\n', env: SOCAT });
      if (client.stdout !== '') break;
    }
    expect(client).toMatchObject({ code: 0, stdout: 'round trip\n' });
    expect((await relay.result).code).toBe(0);
    server.child.kill('SIGTERM');
  });
});
