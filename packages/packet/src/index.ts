/**
 * @sock/packet — AF_PACKET for @sock: raw link-layer sockets on Linux.
 * Importing it registers the AF_PACKET family with @sock/core, so
 * `new Socket(AF_PACKET, SOCK_RAW, ...)` works with Python's address tuples
 * `[ifname, proto, pkttype, hatype, addr]`, and gives the helpers packet
 * tools need: packet_mreq memberships, PACKET_AUXDATA and PACKET_STATISTICS
 * decoding, classic BPF filters and PACKET_FANOUT. Opening a packet socket
 * needs CAP_NET_RAW.
 */
import { registerFamily } from '@sock/core';
import { packetFamily } from './family.js';

registerFamily(packetFamily);

export { packetFamily, packetSocketHint } from './family.js';
export { encodePacketAddress, decodePacketAddress, type PacketAddress, type PacketAddressInput } from './address.js';
export * from './constants.js';
export { pkttypeName, ethertypeName, hatypeName, fanoutModeName, packetOptionName } from './names.js';
export { packetSocket, socketProtocol, type PacketSocketOptions } from './socket.js';
export { addMembership, dropMembership, packPacketMreq, type PacketMembership } from './membership.js';
export { AUXDATA_SIZE, AUXDATA_SPACE, auxdataOf, decodeAuxdata, getAuxdata, setAuxdata, type Auxdata, type VlanTag } from './auxdata.js';
export { recvWithAuxdata, recvWithAuxdataSync, type PacketMessage } from './receive.js';
export { decodeStatistics, getStatistics, type PacketStatistics } from './statistics.js';
export {
  attachFilter,
  bpfJump,
  bpfStmt,
  detachFilter,
  ethertypeFilter,
  getFilter,
  lockFilter,
  packFilter,
  setsockoptProgram,
  unpackFilter,
  type BpfInstruction,
} from './bpf.js';
export { decodeFanout, fanoutValue, getFanout, setFanout, setFanoutProgram, type Fanout } from './fanout.js';
export { buildEthernetFrame, formatMac, parseEthernetFrame, parseMac, type EthernetFrame } from './ethernet.js';
