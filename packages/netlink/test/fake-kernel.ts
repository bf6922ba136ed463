/**
 * A fake kernel for the request helper: a NETLINK_USERSOCK socket that
 * userspace peers can unicast to, answering with whatever messages a test
 * builds, well-formed or not. The client talks to it with `peer: fake.pid`.
 */
import { Socket, SOCK_RAW } from '@sock/core';
import {
  AF_NETLINK,
  attr,
  decodeMessages,
  encodeAttrs,
  encodeMessage,
  encodeNlmsghdr,
  NETLINK_USERSOCK,
  NLM_F_ACK_TLVS,
  NLM_F_CAPPED,
  NLMSG_DONE,
  NLMSG_ERROR,
  NLMSGERR_ATTR_MSG,
  NLMSGERR_ATTR_OFFS,
  type NetlinkAddress,
  type NetlinkMessage,
} from '@sock/netlink';

export function usersock(): Socket {
  const s = new Socket(AF_NETLINK, SOCK_RAW, NETLINK_USERSOCK);
  s.bind([0, 0]);
  return s;
}

export const pidOf = (s: Socket): number => (s.getsockname() as NetlinkAddress)[0];

export interface ErrorReply {
  seq: number;
  /** positive errno, or 0 for an ack */
  errno: number;
  request: NetlinkMessage;
  message?: string;
  offset?: number;
  capped?: boolean;
}

/** An NLMSG_ERROR message as the kernel builds it (netlink_ack). */
export function errorMessage(r: ErrorReply): Buffer {
  const code = Buffer.alloc(4);
  code.writeInt32LE(-r.errno, 0);
  const reqLen = 16 + r.request.payload.length;
  const copy = [encodeNlmsghdr({ len: reqLen, type: r.request.type, flags: r.request.flags, seq: r.request.seq, pid: r.request.pid })];
  if (!r.capped) copy.push(r.request.payload);
  const tlvs = [];
  if (r.message !== undefined) tlvs.push(attr.string(NLMSGERR_ATTR_MSG, r.message));
  if (r.offset !== undefined) tlvs.push(attr.u32(NLMSGERR_ATTR_OFFS, r.offset));
  const flags = (r.capped ? NLM_F_CAPPED : 0) | (tlvs.length ? NLM_F_ACK_TLVS : 0);
  const body = Buffer.concat([code, ...copy]);
  return encodeMessage({ type: NLMSG_ERROR, flags, seq: r.seq, payload: tlvs.length ? [body, encodeAttrs(tlvs)] : body });
}

/** NLMSG_DONE with its int (0 or -errno) and optionally an extended-ack message. */
export function doneMessage(seq: number, errno = 0, message?: string): Buffer {
  const code = Buffer.alloc(4);
  code.writeInt32LE(-errno, 0);
  if (message === undefined) return encodeMessage({ type: NLMSG_DONE, flags: 2, seq, payload: code });
  return encodeMessage({ type: NLMSG_DONE, flags: 2 | NLM_F_ACK_TLVS, seq, payload: [code, encodeAttrs([attr.string(NLMSGERR_ATTR_MSG, message)])] });
}

export class FakeKernel {
  readonly sock = usersock();
  readonly pid = pidOf(this.sock);

  /** The next request datagram and its sender. */
  async next(): Promise<{ messages: NetlinkMessage[]; from: number }> {
    const [data, from] = await this.sock.recvfrom(1 << 16);
    return { messages: decodeMessages(data), from: (from as NetlinkAddress)[0] };
  }

  async send(to: number, ...datagram: Buffer[]): Promise<void> {
    await this.sock.sendto(Buffer.concat(datagram), [to, 0]);
  }

  sendSync(to: number, ...datagram: Buffer[]): void {
    this.sock.sendtoSync(Buffer.concat(datagram), [to, 0]);
  }

  close(): void {
    this.sock.close();
  }
}
