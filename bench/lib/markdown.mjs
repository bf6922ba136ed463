/** The Markdown report: one table per CPU layout, then the targets, then CAN. */
import { SCENARIOS, TABLES, implementationsOf } from './plan.mjs';
import { canMarkdown } from './can.mjs';
import { importCostMarkdown } from './import-cost.mjs';
import { floodMarkdown } from './flood.mjs';
import { scaleMarkdown } from './scale.mjs';

export function formatRate(scenario, v) {
  if (scenario.kind === 'bulk') return `${v.toFixed(2)} GB/s`;
  if (v >= 1e6) return `${(v / 1e6).toFixed(2)} M/s`;
  return `${(v / 1e3).toFixed(1)} k/s`;
}

const ratio = (v) => (v === null || v === undefined ? '—' : `${v.toFixed(2)}×`);

function scenarioRows(scenario, cells, table, errors) {
  const rows = [];
  for (const impl of implementationsOf(scenario)) {
    const c = cells[impl.id];
    if (!c) {
      const failed = errors.some((e) => e.table === table && e.scenario === scenario.id && e.impl === impl.id);
      rows.push(`| ${scenario.title} | ${impl.label} | ${failed ? 'failed' : 'not run'} | | | | |`);
      continue;
    }
    const rss = scenario.kind === 'bulk' ? `${(c.rssKb / 1024).toFixed(0)} MiB` : '';
    rows.push(`| ${scenario.title} | ${impl.label} | ${formatRate(scenario, c.median)} | ±${(c.spread * 50).toFixed(0)}% | ${ratio(c.vsC)} | ${ratio(c.vsPeer)} | ${rss} |`);
  }
  return rows;
}

export function markdown(result) {
  const { summary, targets, meta } = result;
  const lines = [
    `# @sock benchmark — ${meta.date}`,
    '',
    `${meta.mode === 'quick' ? '**Quick mode (tiny counts): these numbers mean nothing.** ' : ''}` +
      `Node ${meta.node}, ${meta.python}, ${meta.cpus} CPUs (${meta.cpuModel}), Linux ${meta.kernel}. ` +
      `${meta.repeats} interleaved repeats per cell; median, spread = half the min–max range relative to the median.`,
    '× C: ratio to the C floor (blocking sockets, two processes). × Node: ratio to Node in the same process layout ' +
      '(node:net / node:dgram; unix-dgram for Unix datagrams; dgram getRecvBufferSize() for getsockopt). RSS: peak RSS of all processes of the run.',
    '',
  ];
  // A run of the CAN scenario alone (`--scenario can`) has no ping-pong, bulk or call tables.
  const classic = meta.scenarios === undefined || meta.scenarios.length > 0;
  for (const table of classic ? TABLES : []) {
    lines.push(`## ${table.title}`, '', '| scenario | implementation | median | spread | × C | × Node | peak RSS |', '|---|---|--:|--:|--:|--:|--:|');
    for (const scenario of SCENARIOS) lines.push(...scenarioRows(scenario, summary[table.id][scenario.id] ?? {}, table.id, result.errors));
    lines.push('');
  }
  if (classic) lines.push('## Targets (pinned table)', '', '| target | measured | goal | |', '|---|--:|--:|---|');
  for (const t of classic ? targets : []) {
    const mark = t.met === null ? 'not measured' : t.met ? 'met' : '**missed**';
    lines.push(`| ${t.what} | ${t.value === null ? '—' : t.value.toFixed(2)} | ${t.cmp === '<=' || t.what.includes('RSS') ? '≤' : '≥'} ${t.goal} | ${mark} |`);
  }
  if (result.can) lines.push('', ...canMarkdown(result.can));
  if (result.importCost) lines.push('', ...importCostMarkdown(result.importCost));
  if (result.flood) lines.push('', ...floodMarkdown(result.flood));
  // The scale targets are in the Targets table above when it is there.
  if (result.scale) lines.push('', ...scaleMarkdown(result.scale, { targets: !classic }));
  if (result.errors.length) {
    lines.push('', '## Failed runs', '');
    for (const e of result.errors) lines.push(`- ${e.table} ${e.scenario} ${e.impl}: ${e.error.split('\n')[0]}`);
  }
  return `${lines.join('\n')}\n`;
}
