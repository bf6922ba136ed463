/**
 * The typed surface of @sock/packet's native addon (native/*.cc): AF_PACKET,
 * Ethernet, ARPHRD and classic BPF constants and struct layouts from this
 * platform's headers. It holds no syscalls: all I/O, the struct sock_fprog
 * setsockopt and the interface ioctls go through @sock/core.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Where a field sits in a C struct. */
export interface FieldLayout {
  readonly offset: number;
  readonly size: number;
}

type Struct<K extends string> = Readonly<{ size: number } & Record<K, FieldLayout>>;

export interface PacketLayout {
  readonly sockaddrLl: Struct<'family' | 'protocol' | 'ifindex' | 'hatype' | 'pkttype' | 'halen' | 'addr'> | null;
  readonly packetMreq: Struct<'ifindex' | 'type' | 'alen' | 'address'> | null;
  readonly tpacketAuxdata: Struct<'status' | 'len' | 'snaplen' | 'mac' | 'net' | 'vlanTci' | 'vlanTpid'> | null;
  readonly tpacketStats: Struct<'packets' | 'drops'> | null;
  readonly tpacketStatsV3: Struct<'packets' | 'drops' | 'freezeQCount'> | null;
  readonly sockFilter: Struct<'code' | 'jt' | 'jf' | 'k'> | null;
  /** The most instructions a struct sock_fprog can carry (its len is an unsigned short). */
  readonly fprogMaxLen: number;
}

export interface PacketBinding {
  /** Constants from the headers; a name the platform lacks is absent. */
  readonly constants: Readonly<Record<string, number>>;
  readonly layout: PacketLayout;
}

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

function load(): PacketBinding {
  const require = createRequire(import.meta.url);
  const nodeGypBuild = require('node-gyp-build') as (dir: string) => unknown;
  try {
    return nodeGypBuild(packageRoot) as PacketBinding;
  } catch (cause) {
    throw new Error(
      `@sock/packet: could not load its native addon from ${packageRoot} (looked in prebuilds/ and build/). ` +
        `Build it with \`npm rebuild @sock/packet\` (needs python3, make and a C++ compiler), ` +
        `or set npm_config_build_from_source=true to force a local build.`,
      { cause },
    );
  }
}

export const packetNative: PacketBinding = load();
/** The same binding under the name the generated constants read it by. */
export const addon: PacketBinding = packetNative;
