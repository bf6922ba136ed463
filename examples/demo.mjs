#!/usr/bin/env node
// The main job's demo: which address families this machine supports, and an
// echo round trip over a socketpair in both API forms.
import { headerFamilies, probeSocket, strerror } from '@sock/core/family';
import { errno, familyName, lookupFamily, SOCK_DGRAM, SOCK_RAW, SOCK_SEQPACKET, SOCK_STREAM } from '@sock/core';

const families = [
  ['AF_INET', '@sock/inet', SOCK_STREAM],
  ['AF_INET6', '@sock/inet', SOCK_STREAM],
  ['AF_UNIX', '@sock/unix', SOCK_STREAM],
  ['AF_PACKET', '@sock/packet', SOCK_DGRAM],
  ['AF_NETLINK', '@sock/netlink', SOCK_RAW],
  ['AF_CAN', '@sock/can', SOCK_RAW],
  ['AF_ALG', '@sock/alg', SOCK_SEQPACKET],
  ['AF_VSOCK', '@sock/vsock', SOCK_STREAM],
  ['AF_TIPC', '@sock/tipc', SOCK_SEQPACKET],
  ['AF_BLUETOOTH', '@sock/bluetooth', SOCK_STREAM],
];

/** Whether this kernel has the family at all: socket(2) fails with EAFNOSUPPORT when it does not. */
function kernelHas(af, type) {
  const err = probeSocket(af, type, 0);
  if (err === 0) return 'yes';
  if (err === errno.EAFNOSUPPORT) return 'no (EAFNOSUPPORT)';
  return `yes (probe: ${strerror(err)})`;
}

async function loaded(pkg) {
  try {
    await import(pkg);
    return true;
  } catch {
    return false;
  }
}

console.log('@sock on this machine\n');
console.log('family        package          in kernel / plugin');
for (const [name, pkg, type] of families) {
  const af = headerFamilies[name];
  let status;
  if (af === undefined) status = 'not defined by this platform';
  else if (await loaded(pkg)) {
    const plugin = lookupFamily(af);
    status = plugin.available() ? 'available' : `unavailable: ${plugin.unavailableReason()}`;
  } else status = `kernel: ${kernelHas(af, type)}; package not installed`;
  console.log(`${name.padEnd(13)} ${pkg.padEnd(16)} ${status}`);
}

let pair;
if (await loaded('@sock/unix')) {
  const { socketpair } = await import('@sock/unix');
  pair = socketpair();
} else {
  const { fakeSocketpair } = await import('@sock/core/testing');
  pair = fakeSocketpair();
}
const [a, b] = pair;
console.log(`\necho over a socketpair (${familyName(a.family)}, SOCK_STREAM):`);
a.sendallSync(Buffer.from('ping (sync)'));
b.sendallSync(b.recvSync(64));
console.log('  sync :', a.recvSync(64).toString());
await a.sendall(Buffer.from('ping (async)'));
await b.sendall(await b.recv(64));
console.log('  async:', (await a.recv(64)).toString());
a.close();
b.close();
