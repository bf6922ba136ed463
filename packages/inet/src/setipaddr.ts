/**
 * Turning a host into a sockaddr, as CPython's setipaddr() does for address
 * tuples and gethostbyname*: '' is the wildcard address of the family,
 * '<broadcast>' (or '255.255.255.255') is INADDR_BROADCAST and an error for
 * any family but AF_INET/AF_UNSPEC, numeric addresses are parsed with
 * inet_pton(3) (IPv6 only without a '%scope'), and anything else goes to
 * getaddrinfo(3) with the family as its only hint; the first result wins.
 *
 * The sync form may block in getaddrinfo. The async form first asks
 * getaddrinfo with AI_NUMERICHOST, which never touches the network (scoped
 * literals like 'fe80::1%lo' end there), and otherwise resolves on libuv's
 * threadpool, so the event loop never waits for DNS.
 */
import { AF_UNSPEC, SOCK_DGRAM, osError } from '@sock/core';
import { AF_INET, AF_INET6, AI_NUMERICHOST, AI_PASSIVE, EAI_NONAME } from './constants.js';
import { gaiError, isGaiFailure } from './errors.js';
import type { HostName } from './host.js';
import { native, type GaiFailure, type RawAddrinfo } from './native.js';
import { packIn, packIn6 } from './sockaddr.js';

const ANY4 = new Uint8Array(4);
const ANY6 = new Uint8Array(16);
const BROADCAST = new Uint8Array([255, 255, 255, 255]);

type Step = { sockaddr: Buffer } | { lookup: HostName };

function first(result: RawAddrinfo[] | GaiFailure): Buffer {
  if (isGaiFailure(result)) throw gaiError(result);
  const entry = result[0];
  if (!entry) throw gaiError({ code: EAI_NONAME, errno: 0 });
  return entry[4];
}

function wildcard(af: number): Buffer {
  if (af === AF_INET) return packIn(ANY4, 0);
  if (af === AF_INET6) return packIn6(ANY6, 0, 0, 0);
  const result = native.getaddrinfoSync(null, '0', af, SOCK_DGRAM, 0, AI_PASSIVE);
  if (!isGaiFailure(result) && result.length > 1) throw osError('wildcard resolved to multiple address');
  return first(result);
}

function fastPath(host: HostName, af: number): Step {
  if (typeof host !== 'string') return { lookup: host };
  if (host === '') return { sockaddr: wildcard(af) };
  if (host === '<broadcast>' || host === '255.255.255.255') {
    if (af !== AF_INET && af !== AF_UNSPEC) throw osError('address family mismatched');
    return { sockaddr: packIn(BROADCAST, 0) };
  }
  if (af === AF_INET || af === AF_UNSPEC) {
    const v4 = native.inetPton(AF_INET, host);
    if (v4 instanceof Uint8Array) return { sockaddr: packIn(v4, 0) };
  }
  if ((af === AF_INET6 || af === AF_UNSPEC) && !host.includes('%')) {
    const v6 = native.inetPton(AF_INET6, host);
    if (v6 instanceof Uint8Array) return { sockaddr: packIn6(v6, 0, 0, 0) };
  }
  return { lookup: host };
}

/** The sockaddr (port 0) for `host` in family `af` (AF_INET, AF_INET6 or AF_UNSPEC); may block. */
export function setipaddrSync(host: HostName, af: number): Buffer {
  const step = fastPath(host, af);
  if ('sockaddr' in step) return step.sockaddr;
  return first(native.getaddrinfoSync(step.lookup, null, af, 0, 0, 0));
}

/** As setipaddrSync, resolving names off the event loop. */
export async function setipaddr(host: HostName, af: number): Promise<Buffer> {
  const step = fastPath(host, af);
  if ('sockaddr' in step) return step.sockaddr;
  const numeric = native.getaddrinfoSync(step.lookup, null, af, 0, 0, AI_NUMERICHOST);
  if (!isGaiFailure(numeric) && numeric.length > 0) return numeric[0]![4];
  return first(await native.getaddrinfo(step.lookup, null, af, 0, 0, 0));
}
