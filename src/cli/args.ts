import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SEVERITIES, type Severity } from '../core/finding.js';

export type Format = 'text' | 'json' | 'sarif' | 'junit' | 'markdown' | 'html';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'junit', 'markdown', 'html'];

export interface CheckArgs {
  command: 'check';
  paths: string[];
  /** Undefined: from the config file, else text. */
  format?: Format;
  dump?: 'model';
  jobs: number;
  quiet: boolean;
  /** Undefined: from the config file, else low. */
  threshold?: Severity;
  output?: string;
  color: boolean;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  /** Check against a request (PROMPT.md) or an edited requirements spec (YAML). */
  prompt?: string;
  requirements?: string;
  /** Seconds of analysis per MB of input (undefined: the config file's, else 5; 0: no limit). */
  timeLimit?: number;
  /** Apply the rules' mechanical fixes (`write`), or print them as a unified diff (`dry-run`). */
  fix?: 'write' | 'dry-run';
  /** Analyse each given file with the Pulumi project it belongs to, and report only the given files. */
  inProject?: boolean;
}

export interface ReviewArgs {
  command: 'review';
  model: string;
  ideal?: string;
  prompt?: string;
  /** A review exported as JSON or YAML (and perhaps edited), rendered again instead of reviewing. */
  render?: string;
  format: 'markdown' | 'json' | 'yaml' | 'html';
  output?: string;
  config?: string;
  timeLimit?: number;
}

export interface RequirementsArgs {
  command: 'requirements';
  prompt: string;
  format: 'yaml' | 'json';
  output?: string;
}

export interface CorpusArgs {
  command: 'corpus';
  /** Also write the summary as a self-contained HTML page (summary.html). */
  html?: boolean;
  dir: string;
  outDir: string;
  jobs: number;
  config?: string;
}

export type Command =
  | CheckArgs
  | ReviewArgs
  | CorpusArgs
  | RequirementsArgs
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'lsp' }
  | { command: 'rules'; format: Format }
  | { command: 'explain'; id: string };

/** A usage error: reported on one line, exit code 2. */
export class UsageError extends Error {}

const COMMANDS = new Set(['check', 'help', 'version', 'rules', 'explain', 'review', 'corpus', 'requirements', 'lsp']);

export function parseCommand(argv: string[], defaults: { jobs: number; color: boolean }): Command {
  let args = argv;
  let command = 'check';
  if (args[0] && COMMANDS.has(args[0])) {
    command = args[0];
    args = args.slice(1);
  }
  // The language server speaks over stdio; its arguments are the client's, not ours to validate.
  if (command === 'lsp') {
    if (!args.includes('--stdio')) throw new UsageError('lsp speaks the Language Server Protocol over stdio: run `stacklint lsp --stdio`');
    return { command: 'lsp' };
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
        'time-limit': { type: 'string' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        fix: { type: 'boolean' },
        'in-project': { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'out-dir': { type: 'string' },
        model: { type: 'string' },
        render: { type: 'string' },
        ideal: { type: 'string' },
        prompt: { type: 'string' },
        requirements: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError(parseArgsMessage((err as Error).message));
  }
  const v = parsed.values;
  if ((command === 'help' || command === 'version' || command === 'rules') && parsed.positionals.length > 0) {
    throw new UsageError(`${command} takes no arguments (got '${parsed.positionals[0]}')`);
  }
  if (v.help || command === 'help') return { command: 'help' };
  if (v.version || command === 'version') return { command: 'version' };
  if (command === 'requirements') {
    if (parsed.positionals.length !== 1) throw new UsageError('requirements takes one request file (PROMPT.md)');
    if (v.format !== undefined && v.format !== 'yaml' && v.format !== 'json') throw new UsageError(`requirements prints yaml or json, not '${v.format}'`);
    const out: RequirementsArgs = { command: 'requirements', prompt: parsed.positionals[0]!, format: v.format === 'json' ? 'json' : 'yaml' };
    if (v.output) out.output = v.output;
    return out;
  }
  if (command === 'review') return reviewArgs(parsed.positionals, v, v.format as string | undefined);
  const format = v.format as Format | undefined;
  if (format !== undefined && !FORMATS.includes(format)) throw new UsageError(`unknown --format '${v.format}' (expected one of: ${FORMATS.join(', ')})`);
  if (command === 'rules') return { command: 'rules', format: format === 'json' ? 'json' : 'text' };
  if (command === 'corpus') {
    if (parsed.positionals.length !== 1) throw new UsageError('corpus takes one directory (try: stacklint corpus ../shared/corpus --out-dir report)');
    let jobs = defaults.jobs;
    if (v.jobs !== undefined) {
      jobs = Number(v.jobs);
      if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive integer, got '${v.jobs}'`);
    }
    const out: CorpusArgs = { command: 'corpus', dir: parsed.positionals[0]!, outDir: v['out-dir'] ?? 'stacklint-corpus', jobs };
    if (v.config) out.config = v.config;
    if (format !== undefined && format !== 'markdown' && format !== 'html') throw new UsageError(`corpus writes its summary as markdown or html, not '${format}'`);
    if (format === 'html') out.html = true;
    return out;
  }
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
  const threshold = v['severity-threshold'] as Severity | undefined;
  if (threshold !== undefined && !SEVERITIES.includes(threshold)) throw new UsageError(`unknown --severity-threshold '${v['severity-threshold']}' (expected one of: ${SEVERITIES.join(', ')})`);
  if (parsed.positionals.length === 0) throw new UsageError('no input paths given (try: stacklint check <file|dir|answer.md>)');
  const out: CheckArgs = {
    command: 'check',
    paths: parsed.positionals,
    jobs,
    quiet: !!v.quiet,
    color: v['no-color'] ? false : v.color ? true : defaults.color,
  };
  if (format) out.format = format;
  if (threshold) out.threshold = threshold;
  if (v.dump) out.dump = 'model';
  if (v.output) out.output = v.output;
  if (v.config) out.config = v.config;
  if (v.baseline) out.baseline = v.baseline;
  if (v['write-baseline']) out.writeBaseline = v['write-baseline'];
  if (v.prompt && v.requirements) throw new UsageError('give --prompt or --requirements, not both');
  if (v.prompt) out.prompt = v.prompt;
  if (v.requirements) out.requirements = v.requirements;
  if (v['time-limit'] !== undefined) out.timeLimit = parseTimeLimit(v['time-limit']);
  if (v.fix && v['fix-dry-run']) throw new UsageError('give --fix or --fix-dry-run, not both');
  if ((v.fix || v['fix-dry-run']) && v.dump) throw new UsageError('--fix does not go with --dump');
  if (v['in-project']) out.inProject = true;
  if (v.fix) out.fix = 'write';
  if (v['fix-dry-run']) out.fix = 'dry-run';
  return out;
}

function parseTimeLimit(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError(`--time-limit must be a number of seconds (0 for none), got '${text}'`);
  return n;
}

/** node:util parseArgs errors, shortened to one line in this CLI's words. */
function parseArgsMessage(message: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option '${unknown[1]}' (a path that starts with '-' goes after '--': stacklint -- ${unknown[1]})`;
  const ambiguous = /^Option '([^']+)' argument is ambiguous/.exec(message);
  if (ambiguous) return `option '${ambiguous[1]}' needs a value; to give a value that starts with '-', write ${ambiguous[1]}${ambiguous[1]!.startsWith('--') ? '=' : ''}<value>`;
  const missing = /^Option '([^']+)' argument missing/.exec(message);
  if (missing) return `option '${/--[\w-]+/.exec(missing[1]!)?.[0] ?? missing[1]}' needs a value`;
  const first = message.split('\n')[0]!.trim();
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/** `review <task-dir>` or `review --model A [--ideal B] [--prompt P]`. */
function reviewArgs(positionals: string[], v: Record<string, unknown>, format: string | undefined): ReviewArgs {
  if (format !== undefined && format !== 'markdown' && format !== 'json' && format !== 'yaml' && format !== 'html') throw new UsageError(`review writes markdown, json, yaml or html, not '${format}'`);
  const out: ReviewArgs = { command: 'review', model: '', format: format ?? 'markdown' };
  if (typeof v.output === 'string') out.output = v.output;
  if (typeof v.config === 'string') out.config = v.config;
  if (v['time-limit'] !== undefined) out.timeLimit = parseTimeLimit(String(v['time-limit']));
  if (typeof v.render === 'string') {
    if (positionals.length || typeof v.model === 'string') throw new UsageError('--render renders an exported review; give no task directory or --model with it');
    out.render = v.render;
    return out;
  }
  if (typeof v.model === 'string') {
    if (positionals.length) throw new UsageError('give either a task directory or --model, not both');
    out.model = v.model;
    if (typeof v.ideal === 'string') out.ideal = v.ideal;
    if (typeof v.prompt === 'string') out.prompt = v.prompt;
    return out;
  }
  if (positionals.length !== 1) throw new UsageError('review takes one task directory, or --model <answer.md> [--ideal <answer.md>] [--prompt <PROMPT.md>]');
  const dir = positionals[0]!;
  const lib = existsSync(join(dir, 'lib', 'MODEL_RESPONSE.md')) ? join(dir, 'lib') : dir;
  const pick = (name: string) => (existsSync(join(lib, name)) ? join(lib, name) : undefined);
  const model = pick('MODEL_RESPONSE.md');
  if (!model) throw new UsageError(`no MODEL_RESPONSE.md in ${dir} or ${join(dir, 'lib')}`);
  out.model = model;
  const ideal = typeof v.ideal === 'string' ? v.ideal : pick('IDEAL_RESPONSE.md');
  const prompt = typeof v.prompt === 'string' ? v.prompt : pick('PROMPT.md');
  if (ideal) out.ideal = ideal;
  if (prompt) out.prompt = prompt;
  return out;
}

export const HELP = `stacklint — static analyzer for Pulumi programs (TypeScript, JavaScript, Python, Markdown answers)

Usage:
  stacklint [check] <paths...> [options]
  stacklint rules [--format text|json]     list the rules: id, class, severity, summary
  stacklint requirements <PROMPT.md>       the request's requirements as an editable YAML spec
  stacklint explain <rule-id>              print a rule's documentation
  stacklint review <task-dir>              failure report of lib/MODEL_RESPONSE.md against
                                           lib/IDEAL_RESPONSE.md (and lib/PROMPT.md)
  stacklint review --model A [--ideal B] [--prompt P] [--format markdown|json|yaml] [-o FILE]
  stacklint lsp --stdio                    language server for editors (diagnostics, quick fixes, hovers)
  stacklint review --render REVIEW.json|yaml [--format markdown|json|yaml]
                                           render an exported (and perhaps edited) review again
  stacklint corpus <dir> [--jobs N] [--out-dir DIR]
                                           review every task folder under <dir>; writes
                                           DIR/results.jsonl and DIR/summary.md (default DIR:
                                           stacklint-corpus)
  stacklint help | version

Inputs: a program file, a Pulumi project directory, or a Markdown answer (*.md).

Options:
  -f, --format <fmt>               text | json | sarif | junit | markdown | html (default: text)
      --dump model                 print the evaluated resource model as JSON instead of findings
  -j, --jobs <n>                   analyse inputs in n worker threads (default: 1 for one or two
                                   inputs, else the number of CPUs)
  -q, --quiet                      text format: print only the summary line
      --severity-threshold <sev>   lowest severity that makes the exit code 1 (default: low)
      --in-project                 analyse each given file with the Pulumi project it belongs to
                                   (the nearest folder with Pulumi.yaml) and report only the
                                   given files' findings (commit hooks pass changed files)
      --fix                        apply the mechanical fixes (rules marked fixable), then report
                                   what remains; a fix that breaks parsing or adds a finding is not
                                   applied
      --fix-dry-run                print the fixes as a unified diff instead (exit 1 when there are any)
      --time-limit <seconds>       analysis time allowed per MB of each input, and for any smaller
                                   input (default: 5; 0: no limit); past it, the input's analysis
                                   stops with a code/file-not-analysed finding
  -o, --output <file>              write the report to a file instead of stdout
  -c, --config <file>              configuration file (default: stacklint.config.json/.yaml/.yml,
                                   searched upward from the working directory)
      --baseline <file>            report only findings that are not in this baseline
      --write-baseline <file>      write the current findings as a baseline (then exit 0)
      --prompt <PROMPT.md>         also check the program against the request's requirements
      --requirements <spec.yaml>   the same, from a spec written by "stacklint requirements"
      --color / --no-color         force colours on or off (default: on for a terminal)
  -h, --help                       show this help
  -v, --version                    show the version

Exit codes: 0 no finding at or above the threshold, 1 findings, 2 usage, configuration or internal error.
`;
