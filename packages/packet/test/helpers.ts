import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Socket } from '@sock/core';
import { needs, needsFamily, type Need } from '@sock/core/testing';
import { buildEthernetFrame, ETH_P_802_EX1, packetFamily, parseEthernetFrame, type PacketAddress } from '@sock/packet';

/** Gate for tests that open packet sockets (CAP_NET_RAW); a failure, not a skip, in the kernel lab. */
export const packet: Need = needsFamily(packetFamily);

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Child-process fixtures import the built package: `pnpm run build` first. */
export const built: Need = needs(existsSync(`${packageDir}dist/index.js`) ? null : 'a build of @sock/packet (pnpm run build)');

/** A second private ethertype beside ETH_P_802_EX1 (0x88b5): IEEE 802 local experimental ethertype 2. */
export const ETH_P_802_EX2 = 0x88b6;
export const EX1 = ETH_P_802_EX1;

/** Bytes no other test run sends: frames carry them so a receiver on a shared lo can tell its own. */
export function nonce(): Buffer {
  return Buffer.concat([Buffer.from('sockpkt:'), randomBytes(8)]);
}

export const SRC_MAC = '02:00:00:5e:10:01';
export const LO_MAC = '00:00:00:00:00:00';

/** An Ethernet frame for lo: to lo's all-zero address, from SRC_MAC, carrying `tag` and `body`. */
export function loFrame(ethertype: number, tag: Buffer, body = ''): Buffer {
  return buildEthernetFrame({ dst: LO_MAC, src: SRC_MAC, ethertype, payload: Buffer.concat([tag, Buffer.from(body)]) });
}

export interface Received {
  data: Buffer;
  address: PacketAddress;
}

/**
 * Receives until `count` frames satisfy `keep` or `ms` pass (at most
 * `limit` frames read), whatever else lo carries meanwhile.
 */
export async function collect(sock: Socket, keep: (r: Received) => boolean, count: number, ms = 3000, limit = 20000): Promise<Received[]> {
  const out: Received[] = [];
  const deadline = performance.now() + ms;
  for (let i = 0; i < limit && out.length < count; i++) {
    const left = (deadline - performance.now()) / 1000;
    if (left <= 0) break;
    sock.settimeout(left);
    let got: [Buffer, unknown];
    try {
      got = await sock.recvfrom(65536);
    } catch (err) {
      if ((err as Error).name === 'TimeoutError') break;
      throw err;
    }
    const r = { data: got[0], address: got[1] as PacketAddress };
    if (keep(r)) out.push(r);
  }
  return out;
}

/** A frame-level filter: a SOCK_RAW frame whose payload starts with `tag`. */
export const rawTagged = (tag: Buffer) => (r: Received): boolean => parseEthernetFrame(r.data)?.payload.subarray(0, tag.length).equals(tag) ?? false;
/** A SOCK_DGRAM payload starting with `tag`. */
export const dgramTagged = (tag: Buffer) => (r: Received): boolean => r.data.subarray(0, tag.length).equals(tag);

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a command with a hard time limit; `onLine` sees stdout lines as they arrive. */
export function run(cmd: string, args: string[], ms: number, onLine?: (line: string) => void, opts: SpawnOptions = {}): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let stdout = '';
    let stderr = '';
    let pending = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        onLine?.(pending.slice(0, nl));
        pending = pending.slice(nl + 1);
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** `ip ...`, throwing with its stderr when it fails. */
export function ip(...args: string[]): string {
  const r = spawnSync('ip', args, { encoding: 'utf8', timeout: 10_000 });
  if (r.status !== 0) throw new Error(`ip ${args.join(' ')} failed: ${r.stderr || r.error?.message}`);
  return r.stdout;
}

/** Whether the `ip` tool (iproute2) can be run here. */
export function hasIp(): boolean {
  return spawnSync('ip', ['-V'], { encoding: 'utf8', timeout: 5000 }).status === 0;
}

/** Whether `tool` runs (`tool --version`). */
export function hasTool(tool: string): boolean {
  return spawnSync(tool, ['--version'], { encoding: 'utf8', timeout: 5000 }).status === 0;
}
