import { parseArgs } from 'node:util';
import { SEVERITIES, type Severity } from '../core/finding.js';

export type Format = 'text' | 'json';
export const FORMATS: readonly Format[] = ['text', 'json'];

export interface CheckArgs {
  command: 'check';
  paths: string[];
  format: Format;
  dump?: 'model';
  jobs: number;
  quiet: boolean;
  threshold: Severity;
  output?: string;
  color: boolean;
}

export type Command =
  | CheckArgs
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'rules'; format: Format }
  | { command: 'explain'; id: string };

/** A usage error: reported on one line, exit code 2. */
export class UsageError extends Error {}

const COMMANDS = new Set(['check', 'help', 'version', 'rules', 'explain']);

export function parseCommand(argv: string[], defaults: { jobs: number; color: boolean }): Command {
  let args = argv;
  let command = 'check';
  if (args[0] && COMMANDS.has(args[0])) {
    command = args[0];
    args = args.slice(1);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        dump: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q' },
        'severity-threshold': { type: 'string' },
        output: { type: 'string', short: 'o' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  if (v.help || command === 'help') return { command: 'help' };
  if (v.version || command === 'version') return { command: 'version' };
  const format = (v.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format '${v.format}' (expected one of: ${FORMATS.join(', ')})`);
  if (command === 'rules') return { command: 'rules', format };
  if (command === 'explain') {
    const id = parsed.positionals[0];
    if (!id || parsed.positionals.length > 1) throw new UsageError('explain takes one rule id (try: stacklint rules)');
    return { command: 'explain', id };
  }
  if (v.dump !== undefined && v.dump !== 'model') throw new UsageError(`unknown --dump '${v.dump}' (expected: model)`);
  let jobs = defaults.jobs;
  if (v.jobs !== undefined) {
    jobs = Number(v.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive integer, got '${v.jobs}'`);
  }
  const threshold = (v['severity-threshold'] ?? 'low') as Severity;
  if (!SEVERITIES.includes(threshold)) throw new UsageError(`unknown --severity-threshold '${v['severity-threshold']}' (expected one of: ${SEVERITIES.join(', ')})`);
  if (parsed.positionals.length === 0) throw new UsageError('no input paths given (try: stacklint check <file|dir|answer.md>)');
  const out: CheckArgs = {
    command: 'check',
    paths: parsed.positionals,
    format,
    jobs,
    quiet: !!v.quiet,
    threshold,
    color: v['no-color'] ? false : v.color ? true : defaults.color,
  };
  if (v.dump) out.dump = 'model';
  if (v.output) out.output = v.output;
  return out;
}

export const HELP = `stacklint — static analyzer for Pulumi programs (TypeScript, JavaScript, Python, Markdown answers)

Usage:
  stacklint [check] <paths...> [options]
  stacklint rules [--format text|json]     list the rules: id, class, severity, summary
  stacklint explain <rule-id>              print a rule's documentation
  stacklint help | version

Inputs: a program file, a Pulumi project directory, or a Markdown answer (*.md).

Options:
  -f, --format <text|json>         output format (default: text)
      --dump model                 print the evaluated resource model as JSON instead of findings
  -j, --jobs <n>                   analyse inputs in n worker threads (default: 1 for one or two
                                   inputs, else the number of CPUs)
  -q, --quiet                      text format: print only the summary line
      --severity-threshold <sev>   lowest severity that makes the exit code 1 (default: low)
  -o, --output <file>              write the report to a file instead of stdout
      --color / --no-color         force colours on or off (default: on for a terminal)
  -h, --help                       show this help
  -v, --version                    show the version

Exit codes: 0 no finding at or above the threshold, 1 findings, 2 usage, configuration or internal error.
`;
