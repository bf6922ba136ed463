/** The AF_UNIX family plugin that @sock/unix registers with @sock/core. */
import { SOCK_STREAM } from '@sock/core';
import { defineFamily } from '@sock/core/family';
import { decodeUnixAddress, encodeUnixAddress, type UnixAddress } from './address.js';
import { AF_UNIX, constants } from './constants.js';

/** AF_UNIX: probed with one stream socket; SCM_RIGHTS fds arrive close-on-exec. */
export const unixFamily = defineFamily<UnixAddress>({
  family: AF_UNIX,
  name: 'AF_UNIX',
  packageName: '@sock/unix',
  constants,
  probe: { type: SOCK_STREAM },
  passesFds: true,
  encode: encodeUnixAddress,
  decode: decodeUnixAddress,
});
