/** The AF_NETLINK family plugin that @sock/netlink registers with @sock/core. */
import { SOCK_RAW } from '@sock/core';
import { defineFamily } from '@sock/core/family';
import { decodeNetlinkAddress, encodeNetlinkAddress, type NetlinkAddress } from './address.js';
import { constants } from './constants/table.js';

/**
 * AF_NETLINK: probed with one NETLINK_ROUTE socket. Where the platform has
 * no netlink, `family` is -1, the plugin is not registered, and
 * `available()` is false with the reason.
 */
export const netlinkFamily = defineFamily<NetlinkAddress>({
  family: constants.AF_NETLINK,
  name: 'AF_NETLINK',
  packageName: '@sock/netlink',
  constants,
  probe: { type: SOCK_RAW, proto: constants.NETLINK_ROUTE ?? 0 },
  absentReason: 'netlink is Linux-only',
  encode: encodeNetlinkAddress,
  decode: decodeNetlinkAddress,
});
