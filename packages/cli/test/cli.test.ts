/** The command line itself: help for every command (snapshots), usage errors, bad addresses, exit codes. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, killAll, run } from './helpers.js';

beforeAll(assertBuilt);
afterEach(killAll);

const COMMANDS = ['families', 'connect', 'listen', 'send', 'recv', 'relay', 'hash'];

describe('help', () => {
  it('sock --help lists every command and the exit codes', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchSnapshot();
  });

  it('sock with no command prints the help and exits 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^usage: sock COMMAND/);
  });

  it.each(COMMANDS)('sock %s --help', async (name) => {
    const r = await run([name, '--help']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatchSnapshot();
  });
});

describe('usage errors are one line on stderr and exit 2, never a stack trace', () => {
  it.each([
    [['nope'], 'sock: unknown command "nope" (see sock --help)'],
    [['connect'], 'sock connect: connect takes one address, not 0 (see sock connect --help)'],
    [['connect', '--bogus', 'tcp:1.2.3.4:5'], 'sock connect: unknown option --bogus (see sock connect --help)'],
    [['connect', '-l', '-x', 'tcp:1.2.3.4:5'], 'sock connect: choose one framing, not lines and hex'],
    [['connect', '--framing', 'xml', 'tcp:1.2.3.4:5'], 'sock connect: --framing must be one of raw, lines, length, hex, json, candump, not "xml"'],
    [['connect', '--timeout', 'soon', 'tcp:1.2.3.4:5'], 'sock connect: --timeout takes a number of seconds >= 0, not "soon"'],
    [['recv', '--count', '0', 'udp:127.0.0.1:0'], 'sock recv: --count takes a whole number >= 1, not "0"'],
    [['connect', '-u', '-U', 'tcp:1.2.3.4:5'], 'sock connect: -u and -U together leave no direction'],
    [['connect', 'tcp:127.0.0.1'], 'sock connect: bad address "tcp:127.0.0.1": expected HOST:PORT ([::1]:PORT for IPv6)'],
    [['send', 'udp:127.0.0.1:70000'], 'sock send: bad address "udp:127.0.0.1:70000": port must be a number in 0..65535, not "70000"'],
    [['recv', 'vsock:x:1'], 'sock recv: bad address "vsock:x:1": CID must be a number in 0..4294967295, not "x"'],
    [['listen', 'unix-dgram:/tmp/x', '--', 'cat'], 'sock listen: a COMMAND per connection needs a connection: unix-dgram: here has none'],
    [['relay', 'tcp:1.2.3.4:5'], 'sock relay: relay takes two addresses, not 1 (see sock relay --help)'],
    [['relay', '-', '-'], 'sock relay: relay needs at least one address that is not "-"'],
    [['relay', 'tcp:1.2.3.4:5', 'tcp:1.2.3.4:6,fork'], 'sock relay: only the left address of relay may fork (it accepts; each connection gets a fresh right one)'],
    [['connect', 'tcp:127.0.0.1:5,setsockopt=SOL_SOCKET:SO_NOPE:1'], 'sock connect: bad address "tcp:127.0.0.1:5,setsockopt=SOL_SOCKET:SO_NOPE:1": setsockopt option "SO_NOPE" is not a constant this platform and family define'],
    [['recv', 'netlink:nosuch'], 'sock recv: bad address "netlink:nosuch": netlink protocol: this platform has no NETLINK_NOSUCH'],
    [['recv', 'hci:0:monitor'], 'sock recv: bad address "hci:0:monitor": the monitor channel is not bound to one controller: write hci:none:monitor'],
    [['send', 'sco:00:AA:01:00:00'], 'sock send: bad address "sco:00:AA:01:00:00": expected BDADDR (as 00:11:22:33:44:55)'],
    [['connect', 'qipcrtr:local'], 'sock connect: bad address "qipcrtr:local": expected NODE:PORT (NODE a number, local or bcast; PORT a number, any or ctrl)'],
    [['connect', '-x', 'netlink:route'], null],
  ] as [string[], string | null][])('sock %j', async (argv, message) => {
    const r = await run(argv, { input: message === null ? 'zz\n' : '' });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.split('\n').length).toBe(2);
    if (message !== null) expect(r.stderr).toBe(`${message}\n`);
    else expect(r.stderr).toBe('sock connect: hex input line 1: "zz" is not an even number of hex digits\n');
  });

  it('an option the family refuses (a bad setsockopt value) is exit 1 with the kernel error, no stack', async () => {
    const r = await run(['recv', '--timeout', '1', 'udp:127.0.0.1:0,setsockopt=SOL_SOCKET:SO_LINGER:hex:00']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('sock recv: udp:127.0.0.1:0,setsockopt=SOL_SOCKET:SO_LINGER:hex:00: [Errno 22] Invalid argument\n');
  });
});
