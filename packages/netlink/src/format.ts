/**
 * Text forms of the addresses route messages carry: IPv4 dotted quads, IPv6
 * as RFC 5952 writes it (lower case, the longest run of two or more zero
 * groups as '::'), hardware addresses as colon-separated hex.
 */

/** 'aa:bb:cc:dd:ee:ff' for any length of bytes ('' for none). */
export function formatHardwareAddress(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(':');
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
  if (bytes.length === 4) return Array.from(bytes).join('.');
  if (bytes.length === 16) return formatIpv6(bytes);
  return formatHardwareAddress(bytes);
}
