/** Medians, spreads, ratios and the target checks of a bench run. */
import { SCENARIOS, TABLES, implementationsOf, peerOf } from './plan.mjs';

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The figure of merit of one run: round trips/s, GB/s (1e9 bytes) or calls/s. */
export function rateOf(scenario, run) {
  if (scenario.kind === 'bulk') return run.bytes / run.seconds / 1e9;
  return run.ops / run.seconds;
}

/** { [table]: { [scenario]: { [impl]: { median, min, max, spread, rssKb, n, vsC, vsPeer } } } } */
export function summarize(runs) {
  const out = {};
  for (const table of TABLES) {
    out[table.id] = {};
    for (const scenario of SCENARIOS) {
      const cells = {};
      for (const impl of implementationsOf(scenario)) {
        const mine = runs.filter((r) => r.table === table.id && r.scenario === scenario.id && r.impl === impl.id && !r.error);
        if (!mine.length) continue;
        const rates = mine.map((r) => r.rate);
        const med = median(rates);
        cells[impl.id] = {
          median: med,
          min: Math.min(...rates),
          max: Math.max(...rates),
          spread: med > 0 ? (Math.max(...rates) - Math.min(...rates)) / med : 0,
          rssKb: median(mine.map((r) => r.rssKb)),
          n: mine.length,
        };
      }
      for (const [id, cell] of Object.entries(cells)) {
        cell.vsC = cells.c ? cell.median / cells.c.median : null;
        const peer = cells[peerOf(scenario, id)];
        cell.vsPeer = peer && !id.startsWith('node') && !id.startsWith('unix-dgram') ? cell.median / peer.median : null;
      }
      out[table.id][scenario.id] = cells;
    }
  }
  return out;
}

const PINGPONG = SCENARIOS.filter((s) => s.kind === 'pingpong').map((s) => s.id);

/** The targets, checked against the pinned table. */
export function checkTargets(summary) {
  const t = summary.pinned;
  const checks = [];
  const add = (what, value, goal, cmp = '>=') => {
    if (value === null || value === undefined || Number.isNaN(value)) return checks.push({ what, value: null, goal, met: null });
    checks.push({ what, value, goal, met: cmp === '>=' ? value >= goal : value <= goal });
  };
  for (const s of PINGPONG) add(`${s}: @sock Sync / C`, t[s]?.['sock-sync-2p']?.vsC, 0.9);
  for (const s of PINGPONG) {
    const goal = s === 'unix-dgram' ? 1.5 : 1.0;
    add(`${s}: @sock async 1 process / Node peer`, t[s]?.['sock-async-1p']?.vsPeer, goal);
    add(`${s}: @sock async 2 processes / Node peer`, t[s]?.['sock-async-2p']?.vsPeer, goal);
  }
  add('bulk: @sock Sync / C', t.bulk?.['sock-sync-2p']?.vsC, 0.95);
  add('bulk: @sock async 1 process / C', t.bulk?.['sock-async-1p']?.vsC, 0.9);
  add('bulk: @sock async 2 processes / C', t.bulk?.['sock-async-2p']?.vsC, 0.9);
  add('getsockopt: @sock / C', t.getsockopt?.['sock-sync-2p']?.vsC, 0.5);
  const rss = (id) => t.bulk?.[id]?.rssKb;
  const ratio = (a, b) => (rss(a) && rss(b) ? rss(a) / rss(b) : null);
  add('bulk peak RSS: @sock async 1 process / node:net 1 process', ratio('sock-async-1p', 'node-1p'), 1.0, '<=');
  add('bulk peak RSS: @sock async 2 processes / node:net 2 processes', ratio('sock-async-2p', 'node-2p'), 1.0, '<=');
  add('bulk peak RSS: @sock Sync 2 processes / node:net 2 processes', ratio('sock-sync-2p', 'node-2p'), 1.0, '<=');
  return checks;
}
