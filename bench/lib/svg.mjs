/**
 * The chart: for every scenario, one bar per implementation with its ratio to
 * C in the pinned table (the label gives the absolute median), a hollow
 * marker for the same ratio in the two-CPU table, and a rule at C = 1.
 */
import { SCENARIOS, implementationsOf } from './plan.mjs';
import { formatRate } from './markdown.mjs';

const COLORS = { c: '#6b6b6b', python: '#3b6ea5', node: '#4f9a55', 'unix-dgram': '#2e8b8b', sync: '#d9822b', async: '#b5521b' };
const colorOf = (id) =>
  id === 'c' ? COLORS.c : id === 'python' ? COLORS.python : id.startsWith('node') ? COLORS.node : id.startsWith('unix-dgram') ? COLORS['unix-dgram'] : id.includes('sync-') && !id.includes('async') ? COLORS.sync : COLORS.async;

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function svg(result) {
  const { summary, meta } = result;
  const W = 960;
  const labelW = 230;
  const plotW = 560;
  const bar = 13;
  const gap = 3;
  const head = 24;
  let maxRatio = 1.2;
  for (const table of ['pinned', 'two-cpu']) {
    for (const s of SCENARIOS) for (const c of Object.values(summary[table][s.id] ?? {})) if (c.vsC) maxRatio = Math.max(maxRatio, c.vsC);
  }
  maxRatio = Math.min(Math.ceil(maxRatio * 5) / 5, 3);
  const x = (r) => labelW + (Math.min(r, maxRatio) / maxRatio) * plotW;
  const parts = [];
  let y = 70;
  for (const s of SCENARIOS) {
    const pinned = summary.pinned[s.id] ?? {};
    const two = summary['two-cpu'][s.id] ?? {};
    parts.push(`<text x="12" y="${y + 15}" class="h">${esc(s.title)} <tspan class="u">(${esc(s.unit)})</tspan></text>`);
    y += head;
    for (const impl of implementationsOf(s)) {
      const c = pinned[impl.id];
      parts.push(`<text x="${labelW - 8}" y="${y + bar - 3}" class="l" text-anchor="end">${esc(impl.label)}</text>`);
      if (c && c.vsC !== null) {
        const w = Math.max(1, x(c.vsC) - labelW);
        parts.push(`<rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="${colorOf(impl.id)}"><title>${esc(`${impl.label}: ${formatRate(s, c.median)}, ${c.vsC.toFixed(2)}× C`)}</title></rect>`);
        parts.push(`<text x="${(labelW + w + 4).toFixed(1)}" y="${y + bar - 3}" class="v">${c.vsC.toFixed(2)}× · ${esc(formatRate(s, c.median))}</text>`);
      } else {
        parts.push(`<text x="${labelW + 4}" y="${y + bar - 3}" class="v">no result</text>`);
      }
      const t = two[impl.id];
      if (t && t.vsC !== null) {
        const cx = x(t.vsC);
        parts.push(`<path d="M${cx.toFixed(1)} ${y - 1} l5 ${(bar + 2) / 2} l-5 ${(bar + 2) / 2} l-5 ${-(bar + 2) / 2} z" class="m"><title>two CPUs: ${t.vsC.toFixed(2)}× C</title></path>`);
      }
      y += bar + gap;
    }
    y += 6;
  }
  const H = y + 40;
  const grid = [];
  for (let r = 0; r <= maxRatio + 1e-9; r += 0.2) {
    const gx = x(r);
    grid.push(`<line x1="${gx.toFixed(1)}" y1="60" x2="${gx.toFixed(1)}" y2="${y}" class="${Math.abs(r - 1) < 1e-9 ? 'one' : 'g'}"/>`);
    grid.push(`<text x="${gx.toFixed(1)}" y="${y + 16}" class="t" text-anchor="middle">${r.toFixed(1)}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif">
<style>
.h{font-size:14px;font-weight:bold;fill:#222}.u{font-weight:normal;fill:#777;font-size:12px}.l{font-size:12px;fill:#333}
.v{font-size:11px;fill:#333}.t{font-size:11px;fill:#555}.g{stroke:#e3e3e3}.one{stroke:#222;stroke-dasharray:4 3}
.m{fill:none;stroke:#222;stroke-width:1.2}
</style>
<rect width="100%" height="100%" fill="#fff"/>
<text x="12" y="24" font-size="17" font-weight="bold" fill="#111">@sock vs C, CPython and Node — throughput as a ratio of C (higher is better)</text>
<text x="12" y="44" font-size="12" fill="#555">${esc(`Bars: pinned to one CPU (median of ${meta.repeats}); ◇ two CPUs. ${meta.date}, Node ${meta.node}, ${meta.python}${meta.mode === 'quick' ? ' — QUICK MODE, not meaningful' : ''}`)}</text>
${grid.join('\n')}
${parts.join('\n')}
<text x="${labelW + plotW / 2}" y="${y + 32}" class="t" text-anchor="middle">ratio to C (dashed line: C = 1)</text>
</svg>
`;
}
