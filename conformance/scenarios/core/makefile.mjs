// §7.49 makefile: mode validation (t:1867), data both ways, the socket held open until its files close (t:5462-5772).
// Python returns file objects and @sock Node streams (an intended difference): only modes, the data and the fd's lifetime are compared.
import { finished } from 'node:stream/promises';
import { SHUT_WR } from '@sock/core';
import { socketpair } from '@sock/unix';


export const intended = {
  "makefile('r', buffering=0)": '@makefile-streams',
  'makefile of a closed socket: name':
    'makefile() of a closed socket is refused at once (TypeError ERR_INVALID_ARG_VALUE); CPython returns a file whose name is -1 and whose reads fail with EBADF',
};

export const knownBugs = {};

const pyRepr = (m) => `'${m}'`;

async function readAll(stream) {
  const parts = [];
  stream.on('data', (c) => parts.push(c));
  await finished(stream, { writable: false });
  return Buffer.concat(parts);
}

export async function run(h) {
  const [a, b] = h.track(socketpair());
  for (const mode of ['r', 'w', 'rw', 'rb', 'wb', 'rwb', 'bw', 'b', '', 'rr', 'rt', 'x', 'r+', 'a', 'R']) {
    await h.step(`makefile(${pyRepr(mode)}): readable, writable`, () => {
      const f = a.makefile(mode);
      try {
        return [f.readable, f.writable];
      } finally {
        f.destroy();
      }
    });
  }
  await h.step("makefile('r', buffering=0)", () => a.makefile('r', { buffering: 0 }).destroy());

  const w = a.makefile('wb');
  h.check('name is the fd', w.name === a.fileno());
  await new Promise((resolve, reject) => w.write(Buffer.from('hello\nworld\n'), (e) => (e ? reject(e) : resolve())));
  let got = Buffer.alloc(0);
  while (got.length < 12) got = Buffer.concat([got, await b.recv(100)]);
  h.check('the peer receives what the file wrote', got);
  w.destroy();

  const r = a.makefile('rb');
  b.sendallSync(Buffer.from('one\ntwo\n'));
  b.shutdown(SHUT_WR);
  h.check('the file reads until EOF', await readAll(r));
  const fd = a.fileno();
  const r2 = a.makefile('rb');
  a.close();
  h.check('after close() with a file open: fileno', a.fileno() === fd);
  h.check('after close() with a file open: the fd is open', h.fdOpen(fd));
  r2.destroy();
  h.check('after the file closed too: fileno', a.fileno());
  h.check('after the file closed too: name', r2.name);
  await h.step('makefile of a closed socket: name', () => a.makefile('rb').name);
}
