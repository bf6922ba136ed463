/** The AF_NETLINK family plugin that @sock/netlink registers with @sock/core. */
import { native, type FamilyPlugin } from '@sock/core';
import { decodeNetlinkAddress, encodeNetlinkAddress, type NetlinkAddress } from './address.js';
import { constants } from './constants/table.js';

const AF_NETLINK = constants.AF_NETLINK;
const SOCK_RAW = native.constants.SOCK_RAW!;

let probed: { ok: boolean; reason: string | null } | undefined;

/** Creates and closes one NETLINK_ROUTE socket, once per process. */
function probe(): { ok: boolean; reason: string | null } {
  if (probed) return probed;
  if (AF_NETLINK === undefined) {
    probed = { ok: false, reason: "this platform's headers define no AF_NETLINK (netlink is Linux-only)" };
    return probed;
  }
  try {
    const fd = native.socket(AF_NETLINK, SOCK_RAW, constants.NETLINK_ROUTE!);
    if (fd >= 0) {
      native.close(fd);
      probed = { ok: true, reason: null };
    } else {
      probed = { ok: false, reason: `socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) failed: ${native.strerror(-fd)}` };
    }
  } catch (err) {
    probed = { ok: false, reason: `socket(AF_NETLINK) could not be tried: ${String(err)}` };
  }
  return probed;
}

/**
 * The AF_NETLINK plugin. Where the platform has no netlink, `family` is -1,
 * the plugin is not registered, and `available()` is false with the reason.
 */
export const netlinkFamily: FamilyPlugin<NetlinkAddress> = Object.freeze({
  family: AF_NETLINK ?? -1,
  name: 'AF_NETLINK',
  packageName: '@sock/netlink',
  constants,
  available: (): boolean => probe().ok,
  unavailableReason: (): string | null => probe().reason,
  encode: encodeNetlinkAddress,
  decode: decodeNetlinkAddress,
});
