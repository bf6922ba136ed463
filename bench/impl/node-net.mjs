/**
 * Node's own sockets, as an application would use them: node:net for streams
 * (TCP, Unix, a socketpair end adopted with `new net.Socket({ fd })`) and
 * node:dgram for UDP; getRecvBufferSize() is dgram's getsockopt(SO_RCVBUF).
 * Role `both` runs client and server in this one process.
 */
import dgram from 'node:dgram';
import net from 'node:net';
import { rmSync } from 'node:fs';
import { parse, ready, report, now, serverDeadline } from './args.mjs';

const o = parse();

function pingpongClient(sock, write, onDone) {
  const msg = Buffer.alloc(o.size, 'x');
  let got = 0;
  let i = 0;
  let t0 = 0;
  const total = o.warmup + o.count;
  const finish = () => {
    const secs = now() - t0;
    onDone(i - o.warmup, secs);
  };
  const onData = (d) => {
    got += d.length;
    if (got < o.size) return;
    got -= o.size;
    i++;
    if (i === o.warmup) t0 = now();
    if (i >= total || (i > o.warmup && ((i - o.warmup) & 255) === 0 && now() - t0 > o.seconds)) return finish();
    write(msg);
  };
  sock.on(sock instanceof dgram.Socket ? 'message' : 'data', onData);
  if (o.warmup === 0) t0 = now();
  write(msg);
}

function echoStream(conn) {
  const deadline = serverDeadline(o);
  let n = 0;
  conn.on('data', (d) => {
    if ((++n & 255) === 0 && now() > deadline) return conn.destroy();
    conn.write(d);
  });
  conn.on('end', () => conn.destroy());
  conn.on('error', () => {});
}

function streamServer(onListening) {
  const server = net.createServer({ noDelay: true, allowHalfOpen: true }, (conn) => {
    server.close();
    if (o.scenario === 'bulk') bulkReceive(conn);
    else echoStream(conn);
  });
  if (o.scenario === 'unix-stream') {
    rmSync(o.addr, { force: true });
    server.listen(o.addr, () => onListening(o.addr));
  } else {
    server.listen(0, '127.0.0.1', () => onListening(server.address().port));
  }
}

function streamConnect(where) {
  if (o.scenario === 'socketpair') return new net.Socket({ fd: where, readable: true, writable: true });
  if (o.scenario === 'unix-stream') return net.connect({ path: where, allowHalfOpen: true });
  return net.connect({ port: where, host: '127.0.0.1', noDelay: true, allowHalfOpen: true });
}

function udpServer(onListening) {
  const s = dgram.createSocket('udp4');
  const deadline = serverDeadline(o);
  let n = 0;
  s.on('message', (msg, rinfo) => {
    if (msg.length !== o.size || ((++n & 255) === 0 && now() > deadline)) return s.close();
    s.send(msg, rinfo.port, rinfo.address);
  });
  s.bind(0, '127.0.0.1', () => onListening(s.address().port));
}

function udpClient(port, onDone) {
  const s = dgram.createSocket('udp4');
  s.connect(port, '127.0.0.1', () => {
    pingpongClient(s, (m) => s.send(m), (ops, secs) => {
      s.send(Buffer.alloc(1), () => {
        s.close();
        onDone(ops, secs);
      });
    });
  });
}

function streamClient(where, onDone) {
  const sock = streamConnect(where);
  const start = () => pingpongClient(sock, (m) => sock.write(m), (ops, secs) => {
    sock.end();
    onDone(ops, secs);
  });
  if (o.scenario === 'socketpair') start();
  else sock.once('connect', start);
}

function bulkReceive(conn) {
  let total = 0;
  const deadline = serverDeadline(o);
  let n = 0;
  conn.on('data', (d) => {
    total += d.length;
    if ((++n & 1023) === 0 && now() > deadline) conn.destroy();
  });
  conn.on('end', () => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(total));
    conn.end(b);
    if (o.role === 'server') report(0, 0, total);
  });
}

function bulkSend(port, onDone) {
  const sock = net.connect({ port, host: '127.0.0.1', noDelay: true, allowHalfOpen: true });
  const chunk = Buffer.alloc(o.size, 'x');
  let i = 0;
  let t0 = 0;
  const pump = () => {
    while (i < o.count) {
      i++;
      const more = sock.write(chunk);
      if ((i & 15) === 0 && now() - t0 > o.seconds) break;
      if (!more) return void sock.once('drain', pump);
    }
    sock.end();
  };
  let ack = Buffer.alloc(0);
  sock.on('data', (d) => {
    ack = Buffer.concat([ack, d]);
    if (ack.length < 8) return;
    const secs = now() - t0;
    sock.destroy();
    onDone(i, secs, Number(ack.readBigUInt64LE(0)));
  });
  sock.once('connect', () => {
    t0 = now();
    pump();
  });
}

function getsockoptLoop() {
  const s = dgram.createSocket('udp4');
  s.bind(0, '127.0.0.1', () => {
    for (let k = 0; k < o.warmup; k++) s.getRecvBufferSize();
    const t0 = now();
    let i = 0;
    while (i < o.count) {
      s.getRecvBufferSize();
      i++;
      if ((i & 1023) === 0 && now() - t0 > o.seconds) break;
    }
    report(i, now() - t0, 0);
    s.close();
  });
}

function runClient(where) {
  const done = (ops, secs, bytes = ops * o.size) => {
    report(ops, secs, bytes);
    process.exit(0);
  };
  if (o.scenario === 'bulk') bulkSend(where, done);
  else if (o.scenario === 'udp') udpClient(where, done);
  else streamClient(where, done);
}

function runServer(onListening) {
  if (o.scenario === 'udp') udpServer(onListening);
  else if (o.scenario === 'socketpair') {
    echoStream(new net.Socket({ fd: o.fd, readable: true, writable: true }));
    onListening(o.fd);
  } else streamServer(onListening);
}

async function pairFds() {
  const { socketpair } = await import('@sock/unix');
  const [a, b] = socketpair();
  return [a.detach(), b.detach()];
}

if (o.scenario === 'getsockopt') getsockoptLoop();
else if (o.role === 'server') runServer(ready);
else if (o.role === 'client') runClient(o.scenario === 'socketpair' ? o.fd : o.addr);
else if (o.scenario === 'socketpair') {
  const [a, b] = await pairFds();
  o.fd = a;
  runServer(() => runClient(b));
} else runServer((where) => runClient(where));
