/** A small command-line parser: long and short flags, flags with values, `--` ends options. */
import { usage } from './errors.js';

export interface FlagSpec {
  /** Long name without dashes ('timeout'). */
  readonly name: string;
  /** One-letter alias ('x'). */
  readonly short?: string;
  /** Takes a value (`--timeout 5`, `--timeout=5`). */
  readonly value?: boolean;
  readonly help: string;
  /** What the value is, for help ('SECONDS'). */
  readonly arg?: string;
}

export interface Parsed {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
  /** What followed `--`. */
  readonly rest: string[];
}

export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[], command: string): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  let rest: string[] = [];
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest = argv.slice(i + 1);
      break;
    }
    let spec: FlagSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      if (eq >= 0) inline = arg.slice(eq + 1);
      spec = byLong.get(name);
      if (spec === undefined) throw usage(`unknown option ${arg.slice(0, eq < 0 ? undefined : eq)} (see sock ${command} --help)`);
    } else if (arg.startsWith('-') && arg.length > 1) {
      spec = byShort.get(arg.slice(1, 2));
      if (spec === undefined) throw usage(`unknown option ${arg.slice(0, 2)} (see sock ${command} --help)`);
      if (arg.length > 2) {
        if (!spec.value) throw usage(`option -${spec.short} takes no value`);
        inline = arg.slice(2);
      }
    } else {
      positional.push(arg);
      continue;
    }
    if (spec.value) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw usage(`option --${spec.name} needs a value (${spec.arg ?? 'VALUE'})`);
      flags.set(spec.name, value);
    } else {
      if (inline !== undefined) throw usage(`option --${spec.name} takes no value`);
      flags.set(spec.name, true);
    }
  }
  return { positional, flags, rest };
}

/** A flag's value as a non-negative number of seconds, or undefined when not given. */
export function seconds(parsed: Parsed, name: string, command: string): number | undefined {
  const v = parsed.flags.get(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isFinite(n) || n < 0) throw usage(`--${name} takes a number of seconds >= 0, not ${JSON.stringify(v)}`);
  return n;
}

/** A flag's value as a positive integer, or undefined. */
export function count(parsed: Parsed, name: string, command: string): number | undefined {
  const v = parsed.flags.get(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || !/^\d+$/.test(v) || n < 1 || !Number.isSafeInteger(n)) throw usage(`--${name} takes a whole number >= 1, not ${JSON.stringify(v)}`);
  return n;
}

export function helpText(usageLine: string, summary: string, specs: readonly FlagSpec[], extra = ''): string {
  const rows = specs.map((s) => {
    const left = `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.value ? ` ${s.arg ?? 'VALUE'}` : ''}`;
    return `  ${left.padEnd(26)} ${s.help}`;
  });
  return `usage: ${usageLine}\n\n${summary}\n\noptions:\n${rows.join('\n')}\n${extra === '' ? '' : `\n${extra}\n`}`;
}
