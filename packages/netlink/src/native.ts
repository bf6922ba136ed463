/**
 * The typed surface of @sock/netlink's native addon (native/*.cc). It holds
 * no syscalls: only the netlink constants and struct layouts as this
 * platform's headers define them. All I/O goes through @sock/core.
 */
import { loadAddon, type FieldLayout, type StructLayout } from '@sock/core/family';

export type { FieldLayout, StructLayout };

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

/** The addon, loaded once at import (see loadAddon in @sock/core/family). */
export const addon: NetlinkBinding = loadAddon<NetlinkBinding>('@sock/netlink', import.meta.url);
