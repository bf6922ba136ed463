/**
 * The typed surface of @sock/netlink's native addon (native/*.cc). It holds
 * no syscalls: only the netlink constants and struct layouts as this
 * platform's headers define them. All I/O goes through @sock/core.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Where a field sits in a C struct. */
export interface FieldLayout {
  readonly offset: number;
  readonly size: number;
}

/** A C struct: its sizeof and its fields by C name. */
export type StructLayout<F extends string> = Readonly<{ size: number } & Record<F, FieldLayout>>;

export interface NetlinkLayout {
  readonly sockaddr_nl: StructLayout<'nl_family' | 'nl_pad' | 'nl_pid' | 'nl_groups'>;
  readonly nlmsghdr: StructLayout<'nlmsg_len' | 'nlmsg_type' | 'nlmsg_flags' | 'nlmsg_seq' | 'nlmsg_pid'>;
  readonly nlmsgerr: StructLayout<'error' | 'msg'>;
  readonly nlattr: StructLayout<'nla_len' | 'nla_type'>;
  readonly rtattr: StructLayout<'rta_len' | 'rta_type'>;
  readonly rtgenmsg: StructLayout<'rtgen_family'>;
  readonly ifinfomsg: StructLayout<'ifi_family' | 'ifi_type' | 'ifi_index' | 'ifi_flags' | 'ifi_change'>;
  readonly ifaddrmsg: StructLayout<'ifa_family' | 'ifa_prefixlen' | 'ifa_flags' | 'ifa_scope' | 'ifa_index'>;
}

export interface NetlinkBinding {
  /** Every netlink constant the headers define; a name the platform lacks is absent. */
  readonly constants: Readonly<Record<string, number>>;
  /** The struct layouts; empty where the platform has no netlink headers. */
  readonly layout: Partial<NetlinkLayout>;
}

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

function load(): NetlinkBinding {
  const require = createRequire(import.meta.url);
  const nodeGypBuild = require('node-gyp-build') as (dir: string) => unknown;
  try {
    return nodeGypBuild(packageRoot) as NetlinkBinding;
  } catch (cause) {
    throw new Error(
      `@sock/netlink: could not load its native addon from ${packageRoot} (looked in prebuilds/ and build/). ` +
        `Build it with \`npm rebuild @sock/netlink\` (needs python3, make and a C++ compiler), ` +
        `or set npm_config_build_from_source=true to force a local build.`,
      { cause },
    );
  }
}

export const netlinkNative: NetlinkBinding = load();
/** The same binding under the name the generated constants read it by. */
export const addon: NetlinkBinding = netlinkNative;
