// §2.5, §7.41 AF_TIPC on a kernel that has it (the kernel lab): SOCK_RDM bound to a range (NAMESEQ), sendto a name in it (NAME), recvfrom gives the sender's socket address (ID) as getsockname does; multicast to the range; the kernel's errors.
import { OSError, Socket, SOCK_RDM } from '@sock/core';
import {
  AF_TIPC as T,
  SOL_TIPC,
  TIPC_ADDR_NAME as NAME,
  TIPC_ADDR_NAMESEQ as SEQ,
  TIPC_CONN_TIMEOUT,
  TIPC_DEST_DROPPABLE,
  TIPC_HIGH_IMPORTANCE,
  TIPC_IMPORTANCE,
  TIPC_NODE_SCOPE,
  TIPC_SRC_DROPPABLE,
} from '@sock/tipc';

function rdm(h) {
  const s = h.track(new Socket(T, SOCK_RDM));
  s.settimeout(10);
  return s;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

export async function run(h) {
  try {
    new Socket(T, SOCK_RDM).close();
  } catch (e) {
    if (e instanceof OSError) h.skip(`needs AF_TIPC: modprobe tipc (${e.strerror})`);
    throw e;
  }
  const stype = 100000 + Math.floor(Math.random() * (2 ** 31 - 100000));
  const srv = rdm(h);
  await h.step('bind NAMESEQ', () => srv.bind([SEQ, stype, 200, 210]));
  const name = srv.getsockname();
  h.check('getsockname: type, len, scope', [name[0], name.length, name[3], name[4]]);
  const cli = rdm(h);
  await h.step('sendto NAME in the range', () => cli.sendtoSync(Buffer.from('hello'), [NAME, stype, 205, 0]));
  let [data, addr] = srv.recvfromSync(100);
  h.check('recvfrom data', data);
  h.check("recvfrom address is the sender's getsockname", same(addr, cli.getsockname()));
  h.check('recvfrom address: type, len, v3, scope', [addr[0], addr.length, addr[3], addr[4]]);
  await h.step('sendto the ID recvfrom gave', () => srv.sendtoSync(Buffer.from('back'), addr));
  [data, addr] = cli.recvfromSync(100);
  h.check('reply data', data);
  h.check("reply from the server's getsockname", same(addr, srv.getsockname()));
  const other = rdm(h);
  await h.step('bind another range', () => other.bind([SEQ, stype, 300, 300, TIPC_NODE_SCOPE]));
  await h.step('multicast to NAMESEQ over both', () => cli.sendtoSync(Buffer.from('all'), [SEQ, stype, 0, 1000]));
  await h.step('the first receives it', () => srv.recvSync(100));
  await h.step('the second receives it', () => other.recvSync(100));
  await h.step('bind the same range again', () => rdm(h).bind([SEQ, stype, 200, 210]));
  await h.step('bind a reserved type', () => rdm(h).bind([SEQ, 0, 1, 1]));
  await h.step('sendto a name nobody bound', () => cli.sendtoSync(Buffer.from('x'), [NAME, stype, 999, 0]));
  await h.step('bind addr_type 4', () => rdm(h).bind([4, 1, 2, 3]));
  await h.step('TIPC_IMPORTANCE default', () => cli.getsockopt(SOL_TIPC, TIPC_IMPORTANCE));
  await h.step('set TIPC_IMPORTANCE high', () => cli.setsockopt(SOL_TIPC, TIPC_IMPORTANCE, TIPC_HIGH_IMPORTANCE));
  await h.step('TIPC_IMPORTANCE', () => cli.getsockopt(SOL_TIPC, TIPC_IMPORTANCE));
  await h.step('set TIPC_IMPORTANCE 99', () => cli.setsockopt(SOL_TIPC, TIPC_IMPORTANCE, 99));
  await h.step('TIPC_CONN_TIMEOUT', () => cli.getsockopt(SOL_TIPC, TIPC_CONN_TIMEOUT));
  await h.step('TIPC_SRC_DROPPABLE', () => cli.getsockopt(SOL_TIPC, TIPC_SRC_DROPPABLE));
  await h.step('TIPC_DEST_DROPPABLE', () => cli.getsockopt(SOL_TIPC, TIPC_DEST_DROPPABLE));
}
