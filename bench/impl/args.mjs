/**
 * What every bench program shares with bench/c and python.py: the argv shape
 * (role scenario key=value...), the READY line a server prints once clients
 * can reach it, and the JSON result line.
 */
export function parse(argv = process.argv.slice(2)) {
  const o = { role: argv[0], scenario: argv[1], count: 100000, seconds: 5, warmup: 1000, size: 64, addr: '', fd: -1 };
  for (const arg of argv.slice(2)) {
    const eq = arg.indexOf('=');
    if (eq < 0) continue;
    const k = arg.slice(0, eq);
    const v = arg.slice(eq + 1);
    o[k] = k === 'addr' ? v : Number(v);
  }
  return o;
}

export const isInet = (scenario) => scenario === 'tcp' || scenario === 'udp' || scenario === 'bulk' || scenario === 'getsockopt';
export const isDgram = (scenario) => scenario === 'udp' || scenario === 'unix-dgram';

export function ready(where) {
  process.stdout.write(`READY ${where}\n`);
}

export function report(ops, seconds, bytes) {
  process.stdout.write(`${JSON.stringify({ ops, seconds, bytes, rssKb: process.resourceUsage().maxRSS })}\n`);
}

export const now = () => performance.now() / 1000;

/** The server side's overall time limit: it never outlives the client by much. */
export const serverDeadline = (o) => now() + o.seconds + 30;
