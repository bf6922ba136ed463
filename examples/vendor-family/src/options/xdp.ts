/** Options of level SOL_XDP, sorted by C name. */
import { invalidArgType, Socket } from '@sock/core';
import { StructCodec } from '@sock/core/family';
import { SOL_XDP, XDP_OPTIONS, XDP_OPTIONS_ZEROCOPY, XDP_STATISTICS } from '../constants.generated.js';
import { addon } from '../native.js';

/** struct xdp_options, decoded. */
export interface XdpOptions {
  /** XDP_OPTIONS_ZEROCOPY: the socket is bound in zero-copy mode. */
  zeroCopy: boolean;
  /** The raw xo_flags word. */
  flags: number;
}

/** struct xdp_statistics, decoded. Fields an older kernel does not fill are absent. */
export interface XdpStatistics {
  rxDropped?: bigint;
  rxInvalidDescs?: bigint;
  txInvalidDescs?: bigint;
  rxRingFull?: bigint;
  rxFillRingEmptyDescs?: bigint;
  txRingEmptyDescs?: bigint;
}

const STAT_FIELDS = ['rxDropped', 'rxInvalidDescs', 'txInvalidDescs', 'rxRingFull', 'rxFillRingEmptyDescs', 'txRingEmptyDescs'] as const;
const statistics = addon.layout.xdpStatistics ? new StructCodec(addon.layout.xdpStatistics, STAT_FIELDS) : undefined;

function requireSocket(sock: unknown): Socket {
  if (!(sock instanceof Socket)) throw invalidArgType('sock', 'an instance of Socket', sock);
  return sock;
}

/** getsockopt(SOL_XDP, XDP_OPTIONS): how the socket is bound. Wraps `getsockopt(2)`. */
export function getOptions(sock: Socket): XdpOptions {
  const flags = Number(requireSocket(sock).getsockopt(SOL_XDP, XDP_OPTIONS));
  return { flags, zeroCopy: (flags & XDP_OPTIONS_ZEROCOPY) !== 0 };
}

/**
 * getsockopt(SOL_XDP, XDP_STATISTICS): the socket's drop and ring counters.
 * Wraps `getsockopt(2)`; the kernel may return a shorter struct (before
 * Linux 5.9 only the first three counters), and only what it gave is set.
 */
export function getStatistics(sock: Socket): XdpStatistics {
  const s = requireSocket(sock);
  if (!statistics) throw invalidArgType('sock', "a socket on a platform with <linux/if_xdp.h>", s);
  const bytes = s.getsockopt(SOL_XDP, XDP_STATISTICS, statistics.size) as Buffer;
  const v = statistics.unpack(bytes);
  const out: XdpStatistics = {};
  for (const f of STAT_FIELDS) if (v[f] !== undefined) out[f] = BigInt(v[f]);
  return out;
}
