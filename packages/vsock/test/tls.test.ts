/**
 * A TLS session over vsock: node:tls on both ends, each over an @sock
 * AF_VSOCK socket's makefile('rwb') Duplex (Node's own net.Socket takes only
 * INET and UNIX fds). The certificate is made at test time with the openssl
 * CLI, for a name only this test uses.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { Socket, SOCK_STREAM } from '@sock/core';
import { needs } from '@sock/core/testing';
import { AF_VSOCK } from '@sock/vsock';
import { listener, scoped, streamLoopback } from './helpers.js';

const NAME = 'vsock-test.invalid';

/** A fresh self-signed P-256 certificate and key for NAME, or null without the openssl CLI. */
function selfSigned(): { cert: Buffer; key: Buffer } | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'sock-vsock-tls-'));
  try {
    const r = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', `/CN=${NAME}`,
        '-addext', `subjectAltName=DNS:${NAME}`, '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')],
      { encoding: 'utf8', timeout: 20_000 },
    );
    if (r.status !== 0) return null;
    return { cert: readFileSync(path.join(dir, 'cert.pem')), key: readFileSync(path.join(dir, 'key.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const loopback = streamLoopback();
const creds = loopback.skip ? null : selfSigned();
const openssl = loopback.skip ? loopback : needs(creds ? null : 'the openssl CLI to make a test certificate');

function settle<T>(emitter: NodeJS.EventEmitter, event: string, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no '${event}' within ${ms} ms`)), ms);
    emitter.once(event, (v: T) => {
      clearTimeout(timer);
      resolve(v);
    });
    emitter.once('error', (err: Error) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

function readAll(stream: tls.TLSSocket, ms: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return settle<void>(stream, 'end', ms).then(() => Buffer.concat(chunks));
}

describe('TLS over AF_VSOCK', () => {
  it.skipIf(openssl.skip)(`runs a node:tls session over two makefile('rwb') Duplexes${openssl.title}`, async () => {
    const { cert, key } = creds!;
    const [server, address] = listener();
    const client = new Socket(AF_VSOCK, SOCK_STREAM);
    using _ = scoped(server, client);
    client.settimeout(10);
    server.settimeout(10);
    await client.connect(address);
    const [conn] = await server.accept();
    using __ = scoped(conn);

    const serverTls = new tls.TLSSocket(conn.makefile('rwb'), { isServer: true, key, cert, minVersion: 'TLSv1.3' });
    const clientTls = tls.connect({ socket: client.makefile('rwb'), ca: cert, servername: NAME, minVersion: 'TLSv1.3' });
    try {
      await Promise.all([settle(clientTls, 'secureConnect', 10_000), settle(serverTls, 'secure', 10_000)]);
      expect(clientTls.authorized).toBe(true);
      expect(clientTls.getProtocol()).toBe('TLSv1.3');
      expect(serverTls.getProtocol()).toBe('TLSv1.3');

      serverTls.on('data', (chunk: Buffer) => serverTls.write(Buffer.from(chunk.toString().toUpperCase())));
      serverTls.on('end', () => serverTls.end());
      const echoed = readAll(clientTls, 10_000);
      clientTls.write('hello over vsock, ');
      clientTls.end('through tls');
      expect((await echoed).toString()).toBe('HELLO OVER VSOCK, THROUGH TLS');
    } finally {
      clientTls.destroy();
      serverTls.destroy();
    }
  });

  it.skipIf(openssl.skip)(`fails the handshake when the client does not trust the certificate${openssl.title}`, async () => {
    const { cert, key } = creds!;
    const [server, address] = listener();
    const client = new Socket(AF_VSOCK, SOCK_STREAM);
    using _ = scoped(server, client);
    client.settimeout(10);
    server.settimeout(10);
    await client.connect(address);
    const [conn] = await server.accept();
    using __ = scoped(conn);
    const serverTls = new tls.TLSSocket(conn.makefile('rwb'), { isServer: true, key, cert });
    serverTls.on('error', () => {});
    const clientTls = tls.connect({ socket: client.makefile('rwb'), servername: NAME });
    try {
      await expect(settle(clientTls, 'secureConnect', 10_000)).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    } finally {
      clientTls.destroy();
      serverTls.destroy();
    }
  });
});
