#!/usr/bin/env node
/**
 * The conformance runner: every scenario through python3 (the oracle) and
 * through @sock, compared step by step; then the constants check. Prints a
 * table and the totals; exits 1 on any unexplained difference or error.
 *
 *   node conformance/run.mjs [filter...] [--jobs N] [--verbose]
 *
 * A filter keeps the scenarios whose id contains it ('core/', 'timeout').
 * Environment: SOCKCONF_PYTHON (default python3), SOCKCONF_TIMEOUT_MS (per
 * process, default 20000), FORCE_COLOR / NO_COLOR.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFamily, classify, pythonConstants } from './lib/constants.mjs';
import { execute } from './lib/execute.mjs';
import { runPool } from './lib/pool.mjs';
import { color, printIntendedLegend, printRow, printSummary } from './lib/report.mjs';
import { findScenarios, loadFamilies } from './lib/scenarios.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const opts = { filters: [], jobs: Math.max(2, Math.min(4, availableParallelism() * 2)), verbose: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--jobs') opts.jobs = Number(argv[++i]);
    else if (argv[i] === '--verbose' || argv[i] === '-v') opts.verbose = true;
    else opts.filters.push(argv[i]);
  }
  return opts;
}

async function constantRows(families, filters) {
  if (filters.length && !filters.some((f) => f.includes('constants'))) return { rows: [], notChecked: [] };
  const py = pythonConstants();
  const groups = classify(py);
  const rows = [];
  const landed = new Set();
  for (const fam of families) {
    if (!fam.constants) continue;
    landed.add(fam.name);
    const names = groups.get(fam.name) ?? [];
    const id = `${fam.name}/constants`;
    if (fam.unavailable) {
      rows.push({ id, status: 'skip', skip: fam.unavailable, steps: [], problems: [] });
      continue;
    }
    const r = await checkFamily(fam, names, py);
    const bad = r.steps.some((s) => s.status === 'differ');
    const bug = r.steps.some((s) => s.status === 'bug');
    rows.push({
      id,
      status: bad ? 'differ' : bug ? 'bug' : 'agree',
      steps: r.steps,
      problems: [],
      info: `${r.checked} CPython constants checked; ${r.checked - r.steps.filter((s) => s.status !== 'agree').length} present with the same value${
        r.onlyInMap.length ? `; only in the \`constants\` map, no named export: ${r.onlyInMap.join(' ')}` : ''
      }`,
      missing: r.steps.filter((s) => s.node === null).map((s) => s.label),
    });
  }
  const notChecked = [...groups].filter(([f]) => !landed.has(f));
  return { rows, notChecked };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const families = loadFamilies(path.join(HERE, 'scenarios'));
  let scenarios = families.flatMap(findScenarios);
  if (opts.filters.length) scenarios = scenarios.filter((s) => opts.filters.some((f) => s.id.includes(f)));

  const started = Date.now();
  console.log(color.bold(`@sock conformance: ${scenarios.length} scenarios against ${process.env.SOCKCONF_PYTHON || 'python3'}, ${opts.jobs} at a time\n`));
  const results = (await runPool(scenarios.map((s) => () => execute(s)), opts.jobs)).flat();
  const width = Math.max(40, ...results.map((r) => r.id.length)) + 1;
  for (const row of results) printRow(row, { verbose: opts.verbose, width });

  const consts = await constantRows(families, opts.filters);
  const cRows = consts.rows ?? [];
  if (cRows.length) {
    console.log(color.bold('\nConstants (every CPython socket constant of a landed family, same value in @sock)'));
    for (const row of cRows) {
      printRow(row, { verbose: opts.verbose, width });
      if (row.info) console.log(color.dim(`    ${row.info}`));
      if (row.missing?.length) console.log(`    missing: ${row.missing.join(' ')}`);
    }
    for (const [fam, names] of consts.notChecked) {
      console.log(color.dim(`  not checked (${fam === 'none' ? 'address families @sock plans no package for' : fam === 'unclassified' ? 'unclassified: add them to lib/constant-families.mjs' : `@sock/${fam} has not landed`}): ${names.length} — ${names.join(' ')}`));
    }
  }

  const python = results.find((r) => r.python)?.python;
  printIntendedLegend([...results, ...cRows]);
  const failures = printSummary(results, cRows);
  console.log(color.dim(`  CPython ${python ?? '?'}, Node ${process.version}, ${((Date.now() - started) / 1000).toFixed(1)} s`));
  // In the kernel lab every family and transport is there: a skip there means a scenario stopped running.
  const skipped = process.env.SOCK_KERNEL_LAB === '1' ? [...results, ...cRows].filter((r) => r.status === 'skip') : [];
  for (const r of skipped) console.log(color.bold(`  skipped in the kernel lab, which must provide everything: ${r.id} (${r.skip})`));
  process.exitCode = failures || skipped.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
