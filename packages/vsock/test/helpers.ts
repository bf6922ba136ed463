import { accessSync, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { OSError, Socket, SOCK_STREAM } from '@sock/core';
import { needs, needsFamily, type Need } from '@sock/core/testing';
import { AF_VSOCK, VMADDR_CID_LOCAL, VMADDR_PORT_ANY, vsockFamily, type VsockAddress } from '@sock/vsock';

/** Gate for tests that need AF_VSOCK sockets at all (socket(2) succeeds). */
export const vsock: Need = needsFamily(vsockFamily);

const LOOPBACK_HINT = 'the vsock_loopback transport: modprobe vsock_loopback';
/** How long the probe's connect and accept may take (seconds); loopback answers in milliseconds. */
const PROBE_TIMEOUT = 2;

function describeError(err: unknown): string {
  if (err instanceof OSError) return err.code ?? err.message;
  return String(err);
}

/**
 * Why a `type` connection to VMADDR_CID_LOCAL cannot be made here, or null.
 * Composite, and bounded: bind a listener to (VMADDR_CID_LOCAL, any port) —
 * without a loopback transport the kernel refuses the CID at once with
 * EADDRNOTAVAIL — then connect and accept, each with a 2 s timeout, so a
 * kernel that accepts the bind but never answers cannot hang the suite.
 */
function loopbackMissing(type: number, what: string): string | null {
  if (!vsockFamily.available()) return `AF_VSOCK: ${vsockFamily.unavailableReason()}`;
  if (VMADDR_CID_LOCAL === undefined) return `VMADDR_CID_LOCAL in the headers (Linux 5.6+) and ${LOOPBACK_HINT}`;
  const socks: Socket[] = [];
  try {
    const server = new Socket(AF_VSOCK, type);
    socks.push(server);
    try {
      server.bind([VMADDR_CID_LOCAL, VMADDR_PORT_ANY]);
    } catch (err) {
      return `${LOOPBACK_HINT}; bind to VMADDR_CID_LOCAL gave ${describeError(err)}`;
    }
    server.listen(1);
    server.settimeout(PROBE_TIMEOUT);
    const client = new Socket(AF_VSOCK, type);
    socks.push(client);
    client.settimeout(PROBE_TIMEOUT);
    try {
      client.connectSync(server.getsockname());
      socks.push(server.acceptSync()[0]);
    } catch (err) {
      return `${what}; connect to VMADDR_CID_LOCAL gave ${describeError(err)}`;
    }
    return null;
  } catch (err) {
    return `${what}; the probe gave ${describeError(err)}`;
  } finally {
    for (const s of socks) s.close();
  }
}

/** Gate for SOCK_STREAM tests over VMADDR_CID_LOCAL; call it at the top of a file that needs it. */
export function streamLoopback(): Need {
  return needs(loopbackMissing(SOCK_STREAM, LOOPBACK_HINT));
}

/** Gate for SOCK_SEQPACKET over VMADDR_CID_LOCAL (vsock_loopback with seqpacket support, Linux 5.14+). */
export function seqpacketLoopback(seqpacket: number): Need {
  return needs(loopbackMissing(seqpacket, `SOCK_SEQPACKET over ${LOOPBACK_HINT} (Linux 5.14+)`));
}

/** How long a python3 child may take: starting CPython under the kernel lab's emulation takes seconds. */
export const PYTHON_TIMEOUT = 120_000;

/** Gate for tests that run CPython as the oracle or the peer (found on PATH without starting it). */
export function pythonNeed(): Need {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    try {
      accessSync(path.join(dir, 'python3'), fsConstants.X_OK);
      return needs(null);
    } catch {
      // not in this directory
    }
  }
  return needs('python3 on PATH');
}

/** Sockets closed when the scope ends (`using _ = scoped(a, b)`). */
export function scoped<T extends Socket[]>(...socks: T): T & Disposable {
  const out = socks as T & Disposable;
  out[Symbol.dispose] = () => {
    for (const s of socks) s.close();
  };
  return out;
}

/** A listener of `type` on (VMADDR_CID_LOCAL, a free port) and the address it got. */
export function listener(type: number = SOCK_STREAM): [Socket<'AF_VSOCK'>, VsockAddress] {
  const server = new Socket(AF_VSOCK, type);
  try {
    server.bind([VMADDR_CID_LOCAL!, VMADDR_PORT_ANY]);
    server.listen();
  } catch (err) {
    server.close();
    throw err;
  }
  return [server as Socket<'AF_VSOCK'>, server.getsockname() as VsockAddress];
}

/** Milliseconds an async or sync call took, and what it threw. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; error?: unknown; value?: T }> {
  const t0 = performance.now();
  try {
    const value = await fn();
    return { ms: performance.now() - t0, value };
  } catch (error) {
    return { ms: performance.now() - t0, error };
  }
}
