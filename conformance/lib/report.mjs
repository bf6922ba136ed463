/**
 * The table: one row per scenario (scenario x agree/differ), the differing
 * steps under it with both sides' values, then the totals.
 */
import { errorMappings } from './intended.mjs';

const useColor = process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (s) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
export const color = { red: paint('31'), green: paint('32'), yellow: paint('33'), magenta: paint('35'), dim: paint('2'), bold: paint('1') };

const LABEL = { agree: color.green('agree'), differ: color.red('DIFFER'), bug: color.red('known bug'), skip: color.yellow('skip'), error: color.red('ERROR') };

function short(v, n = 160) {
  const s = v === undefined ? '(no such step)' : JSON.stringify(v);
  return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}

function counts(steps) {
  const c = { agree: 0, mapped: 0, intended: 0, bug: 0, differ: 0 };
  for (const s of steps) c[s.status]++;
  return c;
}

function notes(row, c) {
  const parts = [];
  if (c.mapped) parts.push(`${c.mapped} mapped`);
  if (c.intended) parts.push(`${c.intended} intended`);
  if (c.bug) parts.push(color.red(`${c.bug} known bug${c.bug > 1 ? 's' : ''}`));
  if (c.differ) parts.push(color.red(`${c.differ} differ`));
  if (row.skip) parts.push(row.skip);
  return parts.join(', ');
}

export function printRow(row, { verbose = false, width = 52 } = {}) {
  const c = counts(row.steps);
  const total = row.steps.length;
  const ok = c.agree + c.mapped + c.intended;
  const stepsCol = total ? `${ok}/${total}` : '';
  console.log(`${row.id.padEnd(width)} ${LABEL[row.status].padEnd(useColor ? 19 : 10)} ${stepsCol.padStart(7)}  ${notes(row, c)}`);
  for (const p of row.problems ?? []) console.log(color.red(`    ! ${p.split('\n').join('\n      ')}`));
  for (const s of row.steps) {
    const show = s.status === 'differ' || s.status === 'bug' || (verbose && (s.status === 'intended' || s.status === 'mapped'));
    if (show) {
      const tag = { differ: color.red('differ'), bug: color.red('known bug'), intended: color.yellow('intended'), mapped: color.dim('mapped') }[s.status];
      console.log(`    ${tag} ${JSON.stringify(s.label)}`);
      console.log(`        CPython: ${short(s.py)}`);
      console.log(`        @sock:   ${short(s.node)}`);
      if (s.reason) console.log(color.dim(`        why: ${s.reason}`));
      if (s.mapping) console.log(color.dim(`        mapping: ${s.mapping}`));
    }
    if (s.stale) console.log(color.yellow(`    stale mark on ${JSON.stringify(s.label)}: ${s.stale}`));
  }
}

export function printIntendedLegend(rows) {
  const used = new Map();
  for (const r of rows) for (const s of r.steps) if (s.mapping) used.set(s.mapping, (used.get(s.mapping) ?? 0) + 1);
  const reasons = new Map();
  for (const r of rows) for (const s of r.steps) if (s.status === 'intended') reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  if (used.size === 0 && reasons.size === 0) return;
  console.log(color.bold('\nIntended differences in this run'));
  for (const m of errorMappings) {
    if (!used.has(m.id)) continue;
    console.log(`  [${m.id}] ${m.py.join('/')} -> ${m.node.cls.join('/')}${m.node.code ? ` (${m.node.code.join('|')})` : ''}: ${used.get(m.id) ?? 0} steps`);
    console.log(color.dim(`      ${m.reason}`));
  }
  for (const [reason, n] of reasons) console.log(`  ${n} step${n > 1 ? 's' : ''}: ${color.dim(reason)}`);
}

export function printSummary(rows, constantRows) {
  const all = [...rows, ...constantRows];
  const by = (s) => all.filter((r) => r.status === s).length;
  const steps = all.flatMap((r) => r.steps);
  const sc = counts(steps);
  const agreeWithIntended = all.filter((r) => r.status === 'agree' && r.steps.some((s) => s.status === 'intended' || s.status === 'mapped')).length;
  console.log(color.bold('\nTotals'));
  console.log(
    `  ${all.length} scenarios: ${color.green(`${by('agree')} agree`)} (${agreeWithIntended} of them with intended differences), ` +
      `${by('differ') ? color.red(`${by('differ')} differ`) : '0 differ'}, ${by('bug') ? color.red(`${by('bug')} with known bugs (not failing)`) : '0 with known bugs'}, ` +
      `${by('skip')} skipped, ${by('error') ? color.red(`${by('error')} errors`) : '0 errors'}`,
  );
  console.log(
    `  ${steps.length} steps: ${sc.agree} agree, ${sc.mapped} mapped, ${sc.intended} intended, ${sc.bug} known bugs, ${sc.differ} differ`,
  );
  return by('differ') + by('error');
}
