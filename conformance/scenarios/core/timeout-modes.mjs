// §7.10 the mode matrix of §3.1 (t:5274, t:6520) and §7.11 settimeout errors (t:1304, t:5428).
import { Socket, SOCK_DGRAM, SOCK_NONBLOCK, SOCK_STREAM, getdefaulttimeout, setdefaulttimeout } from '@sock/core';
import { AF_INET } from '@sock/inet';
import { socketpair } from '@sock/unix';
import { isNonblocking } from '../../lib/node/fd.mjs';

const HUGE =
  '@sock accepts any non-negative number of seconds and bounds each poll() itself; CPython converts to int64 nanoseconds and ' +
  'raises OverflowError beyond about 9.2e9 s (292 years), where no wait can matter';

export const intended = {
  'O_NONBLOCK:*': '@o-nonblock',
  'settimeout(1e10)': HUGE,
  'settimeout(inf)': HUGE,
  'settimeout(1e-10) keeps':
    'the timeout is kept as given; CPython stores whole nanoseconds and rounds 1e-10 s up to 1e-09 (both wait no longer than the poll granularity)',
};

export async function run(h) {
  const state = (label, s) => {
    h.check(`${label}: gettimeout, getblocking`, [s.gettimeout(), s.getblocking()]);
    h.check(`O_NONBLOCK: ${label}`, isNonblocking(s.fileno()));
  };
  const s = h.track(new Socket(AF_INET, SOCK_STREAM));
  state('new socket', s);
  for (const [label, t] of [['None', null], ['0', 0], ['0.0', 0.0], ['2.0', 2.0], ['0.25', 0.25], ['INT_MAX ms * 2', (2 ** 31 / 1000) * 2]]) {
    await h.step(`settimeout(${label})`, () => s.settimeout(t));
    state(`after settimeout(${label})`, s);
  }
  for (const [flag, py] of [[false, 'False'], [true, 'True']]) {
    await h.step(`setblocking(${py})`, () => s.setblocking(flag));
    state(`after setblocking(${py})`, s);
  }
  s.settimeout(1.5);
  await h.step('setblocking(True) after a timeout', () => s.setblocking(true));
  state('setblocking(True) after a timeout', s);

  const n = h.track(new Socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK));
  state('SOCK_NONBLOCK at creation', n);

  h.check('getdefaulttimeout initially', getdefaulttimeout());
  for (const [label, t] of [['0', 0], ['2.0', 2.0], ['None', null]]) {
    await h.step(`setdefaulttimeout(${label})`, () => setdefaulttimeout(t));
    h.check(`getdefaulttimeout after ${label}`, getdefaulttimeout());
    const d = h.track(new Socket(AF_INET, SOCK_DGRAM));
    state(`new socket with default ${label}`, d);
    const [a, b] = h.track(socketpair());
    h.check(`socketpair with default ${label}`, [a.gettimeout(), b.gettimeout()]);
    const dn = h.track(new Socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK));
    h.check(`SOCK_NONBLOCK with default ${label}`, dn.gettimeout());
  }

  const e = h.track(new Socket(AF_INET, SOCK_STREAM));
  e.settimeout(3.0);
  await h.step('settimeout(-1)', () => e.settimeout(-1));
  await h.step('settimeout(-0.5)', () => e.settimeout(-0.5));
  await h.step("settimeout('x')", () => e.settimeout('x'));
  await h.step('settimeout(nan)', () => e.settimeout(NaN));
  h.check('timeout unchanged by the failed calls', e.gettimeout());
  await h.step('settimeout(1e10)', () => e.settimeout(1e10));
  await h.step('settimeout(inf)', () => e.settimeout(Infinity));
  e.settimeout(3.0);
  await h.step('settimeout(1e-10) keeps', () => (e.settimeout(1e-10), e.gettimeout()));
  await h.step('setdefaulttimeout(-1)', () => setdefaulttimeout(-1));
  await h.step("setdefaulttimeout('x')", () => setdefaulttimeout('x'));
  h.check('default unchanged by the failed calls', getdefaulttimeout());
}
