/**
 * The `unix-dgram` npm package (Node core has no Unix datagrams): the server
 * echoes to rinfo.path, the client binds its own path and connects.
 * Role `both` runs client and server in this one process.
 */
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { parse, ready, report, now, serverDeadline } from './args.mjs';

const unix = createRequire(import.meta.url)('unix-dgram');
const o = parse();

function server(onListening) {
  const deadline = serverDeadline(o);
  let n = 0;
  rmSync(o.addr, { force: true });
  const s = unix.createSocket('unix_dgram', (msg, rinfo) => {
    if (msg.length !== o.size || ((++n & 255) === 0 && now() > deadline)) return s.close();
    s.send(msg, 0, msg.length, rinfo.path);
  });
  s.on('error', (e) => {
    console.error(e);
    process.exit(2);
  });
  s.on('listening', () => onListening(o.addr));
  s.bind(o.addr);
}

function client(path) {
  const mine = `${path}.ud`;
  rmSync(mine, { force: true });
  const msg = Buffer.alloc(o.size, 'x');
  const total = o.warmup + o.count;
  let i = 0;
  let t0 = now();
  const s = unix.createSocket('unix_dgram', () => {
    i++;
    if (i === o.warmup) t0 = now();
    if (i >= total || (i > o.warmup && ((i - o.warmup) & 255) === 0 && now() - t0 > o.seconds)) {
      const secs = now() - t0;
      s.send(Buffer.alloc(1));
      report(i - o.warmup, secs, (i - o.warmup) * o.size);
      process.exit(0);
    }
    s.send(msg);
  });
  s.on('error', (e) => {
    console.error(e);
    process.exit(2);
  });
  s.on('connect', () => s.send(msg));
  s.bind(mine);
  s.connect(path);
}

if (o.role === 'server') server(ready);
else if (o.role === 'client') client(o.addr);
else server(client);
