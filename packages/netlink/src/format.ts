/**
 * Text forms of the addresses route messages carry: IPv4 dotted quads, IPv6
 * as RFC 5952 writes it (lower case, the longest run of two or more zero
 * groups as '::'), hardware addresses as colon-separated hex. Each takes any
 * ArrayBufferView by its bytes.
 */
import { outOfRange, toBytes } from '@sock/core';

/**
 * The longest address formatted: far beyond any hardware address (the
 * kernel's MAX_ADDR_LEN is 32 bytes), so no argument can make it slow.
 */
export const MAX_FORMATTED_ADDRESS = 1024;

/** Any ArrayBufferView's bytes, at most MAX_FORMATTED_ADDRESS of them. */
function addressBytes(bytes: unknown): Uint8Array {
  const b = toBytes(bytes, 'bytes');
  if (b.length > MAX_FORMATTED_ADDRESS) throw outOfRange('bytes.length', `<= ${MAX_FORMATTED_ADDRESS}`, b.length);
  return b;
}

/** 'aa:bb:cc:dd:ee:ff' for any length of bytes ('' for none), up to MAX_FORMATTED_ADDRESS. */
export function formatHardwareAddress(bytes: Uint8Array): string {
  const hex = Buffer.from(addressBytes(bytes)).toString('hex');
  let out = '';
  for (let i = 0; i < hex.length; i += 2) out += i === 0 ? hex.slice(0, 2) : `:${hex.slice(i, i + 2)}`;
  return out;
}

function formatIpv6(b: Uint8Array): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((b[i]! << 8) | b[i + 1]!);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (g: number[]): string => g.map((x) => x.toString(16)).join(':');
  if (best < 0) return hex(groups);
  return `${hex(groups.slice(0, best))}::${hex(groups.slice(best + bestLen))}`;
}

/**
 * An IP address attribute's text: 4 bytes as IPv4, 16 as IPv6; any other
 * length (another family's address) as colon-separated hex.
 */
export function formatIpAddress(bytes: Uint8Array): string {
  bytes = addressBytes(bytes);
  if (bytes.length === 4) return Array.from(bytes).join('.');
  if (bytes.length === 16) return formatIpv6(bytes);
  return formatHardwareAddress(bytes);
}
