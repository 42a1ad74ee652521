// argv → pipeline → reporter → exit code. Nothing else lives here.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import { type Severity, severityRank } from '../core/finding.js';
import type { ProgramResult } from '../core/result.js';
import { VERSION } from '../core/version.js';
import { renderJson } from '../reporters/json.js';
import { renderJunit } from '../reporters/junit.js';
import { renderMarkdown } from '../reporters/markdown.js';
import { renderSarif } from '../reporters/sarif.js';
import type { RuleDefinition } from '../rules/define-rule.js';
import { applyBaseline, readBaseline, writeBaseline } from './baseline.js';
import { type Config, findConfig, loadConfig } from './config.js';
import { renderText } from '../reporters/text.js';
import { closest } from '../core/text.js';
import { renderRulesJson, renderRulesText } from '../reporters/rules.js';
import type { ReviewPaths } from '../pipeline.js';
import { renderReviewJson, renderReviewMarkdown } from '../reporters/review.js';
import { type CorpusArgs, type Format, FORMATS, HELP, parseCommand, type RequirementsArgs, type ReviewArgs, UsageError } from './args.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  errIsTTY: boolean;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
  errIsTTY: !!process.stderr.isTTY,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let cmd;
  try {
    cmd = parseCommand(argv, { jobs: 0, color: io.isTTY && !process.env.NO_COLOR });
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`stacklint: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (cmd.command === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (cmd.command === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (cmd.command === 'rules' || cmd.command === 'explain') {
    const { RULES } = await import('../rules/index.js');
    if (cmd.command === 'rules') {
      io.stdout(cmd.format === 'json' ? renderRulesJson(RULES) : renderRulesText(RULES));
      return 0;
    }
    const rule = RULES.find((r) => r.id === cmd.id);
    if (!rule) {
      const near = closest(cmd.id, RULES.map((r) => r.id));
      io.stderr(`stacklint: unknown rule '${cmd.id}'${near ? ` (did you mean '${near}'?)` : ''}\n`);
      return 2;
    }
    const { renderRuleDoc } = await import('../rules/docs.js');
    io.stdout(renderRuleDoc(rule));
    return 0;
  }
  if (cmd.command === 'review') return review(cmd, io);
  if (cmd.command === 'corpus') return corpus(cmd, io);
  if (cmd.command === 'requirements') return requirements(cmd, io);
  const missing = cmd.paths.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    io.stderr(`stacklint: no such file or directory: ${missing.join(', ')}\n`);
    return 2;
  }
  const { RULES } = await import('../rules/index.js');
  const { CLASSES } = await import('../rules/classes.js');
  let config: Config;
  let known: Set<string> | undefined;
  try {
    config = loadConfig(cmd.config ?? findConfig(process.cwd()), RULES.map((r) => r.id), CLASSES, FORMATS);
    if (cmd.config && !existsSync(cmd.config)) throw new UsageError(`config file not found: ${cmd.config}`);
    if (cmd.baseline) known = readBaseline(cmd.baseline);
    for (const p of [cmd.prompt, cmd.requirements]) if (p && !existsSync(p)) throw new UsageError(`no such file: ${p}`);
    // A bad spec is a usage error before any analysis starts.
    if (cmd.requirements) {
      const { loadRequirements } = await import('../pipeline.js');
      loadRequirements({ requirements: cmd.requirements });
    }
  } catch (err) {
    if (err instanceof Error && err.name === 'RequirementsSpecError') {
      io.stderr(`stacklint: ${err.message.split('\n')[0]}\n`);
      return 2;
    }
    if (err instanceof UsageError) {
      io.stderr(`stacklint: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const format = cmd.format ?? (config.format as Format | undefined) ?? 'text';
  const threshold = cmd.threshold ?? config.severityThreshold ?? 'low';
  const selection = selectRules(RULES, config);
  const jobs = cmd.jobs > 0 ? cmd.jobs : cmd.paths.length <= 2 ? 1 : availableParallelism();
  // Loaded lazily: the analysis stack (the TypeScript compiler, WASM) is not needed for help/usage.
  const { analyzeAll } = await import('../parallel.js');
  const outcomes = await analyzeAll(
    cmd.paths,
    {
      dumpModel: cmd.dump === 'model',
      rules: selection.ids,
      severity: selection.severity,
      ignore: config.ignore,
      ...(cmd.prompt ? { prompt: cmd.prompt } : {}),
      ...(cmd.requirements ? { requirements: cmd.requirements } : {}),
    },
    jobs,
  );
  let internal = false;
  const results: ProgramResult[] = [];
  for (const o of outcomes) {
    if (o.result) {
      results.push(o.result);
      for (const e of o.result.errors) {
        internal = true;
        io.stderr(`stacklint: internal error while analysing ${o.path}: ${e}\n`);
      }
    } else {
      internal = true;
      io.stderr(`stacklint: internal error while analysing ${o.path}: ${(o.error ?? '').split('\n')[0]}\n`);
    }
  }
  const cwd = process.cwd();
  if (cmd.writeBaseline) {
    writeBaseline(cmd.writeBaseline, results, cwd);
    io.stderr(`stacklint: wrote ${results.reduce((n, r) => n + r.findings.length, 0)} findings to ${cmd.writeBaseline}\n`);
    return internal ? 2 : 0;
  }
  const baselined = known ? applyBaseline(results, known, cwd) : 0;
  let report: string;
  if (cmd.dump === 'model') {
    const models = results.map((r) => r.model);
    report = JSON.stringify(models.length === 1 ? models[0] : models, null, 2) + '\n';
  } else {
    const docsBaseUri = config.docsBaseUri ?? pathToFileURL(fileURLToPath(new URL('../../docs/rules/', import.meta.url))).href;
    switch (format) {
      case 'json':
        report = renderJson(results, { baselined });
        break;
      case 'sarif':
        report = renderSarif(results, RULES, { docsBaseUri, cwd });
        break;
      case 'junit':
        report = renderJunit(results, RULES.filter((r) => selection.ids.includes(r.id)), cwd);
        break;
      case 'markdown':
        report = renderMarkdown(results, cwd);
        break;
      default:
        report = renderText(results, { color: cmd.color && !cmd.output, quiet: cmd.quiet, baselined });
    }
  }
  if (cmd.output) {
    try {
      writeFileSync(cmd.output, report);
    } catch (err) {
      io.stderr(`stacklint: cannot write ${cmd.output}: ${(err as Error).message}\n`);
      return 2;
    }
  } else io.stdout(report);
  if (internal) return 2;
  if (cmd.dump === 'model') return 0;
  const min = severityRank(threshold);
  return results.some((r) => r.findings.some((f) => severityRank(f.severity) >= min)) ? 1 : 0;
}

/** Rules enabled by the configuration (class settings first, then rule settings) and severity overrides. */
function selectRules(rules: readonly RuleDefinition[], config: Config): { ids: string[]; severity: Record<string, Severity> } {
  const ids: string[] = [];
  const severity: Record<string, Severity> = {};
  for (const r of rules) {
    const cls = config.classes[r.class];
    const own = config.rules[r.id];
    const enabled = own ? own.enabled : cls ? cls.enabled : true;
    if (!enabled) continue;
    ids.push(r.id);
    const sev = own?.severity ?? cls?.severity;
    if (sev) severity[r.id] = sev;
  }
  return { ids, severity };
}

async function review(cmd: ReviewArgs, io: Io): Promise<number> {
  const missing = [cmd.model, cmd.ideal, cmd.prompt].filter((p): p is string => p !== undefined && !existsSync(p));
  if (missing.length) {
    io.stderr(`stacklint: no such file or directory: ${missing.join(', ')}\n`);
    return 2;
  }
  const { RULES } = await import('../rules/index.js');
  const { CLASSES } = await import('../rules/classes.js');
  let config: Config;
  try {
    config = loadConfig(cmd.config ?? findConfig(process.cwd()), RULES.map((r) => r.id), CLASSES, FORMATS);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`stacklint: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const selection = selectRules(RULES, config);
  const { reviewPaths } = await import('../pipeline.js');
  const paths: ReviewPaths = { model: cmd.model };
  if (cmd.ideal) paths.ideal = cmd.ideal;
  if (cmd.prompt) paths.prompt = cmd.prompt;
  const r = await reviewPaths(paths, { rules: selection.ids, severity: selection.severity, ignore: config.ignore });
  const report = cmd.format === 'json' ? renderReviewJson(r) : renderReviewMarkdown(r, process.cwd());
  if (cmd.output) {
    try {
      writeFileSync(cmd.output, report);
    } catch (err) {
      io.stderr(`stacklint: cannot write ${cmd.output}: ${(err as Error).message}\n`);
      return 2;
    }
  } else io.stdout(report);
  return 0;
}

async function corpus(cmd: CorpusArgs, io: Io): Promise<number> {
  if (!existsSync(cmd.dir)) {
    io.stderr(`stacklint: no such directory: ${cmd.dir}\n`);
    return 2;
  }
  const { RULES } = await import('../rules/index.js');
  const { CLASSES } = await import('../rules/classes.js');
  let config: Config;
  try {
    config = loadConfig(cmd.config ?? findConfig(process.cwd()), RULES.map((r) => r.id), CLASSES, FORMATS);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`stacklint: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const selection = selectRules(RULES, config);
  const { runCorpus } = await import('./corpus.js');
  // A bar that redraws in place on a terminal; plain progress lines (every 25 tasks) otherwise.
  const tty = io.errIsTTY;
  let lastLine = 0;
  const progress = (line: string, final: boolean) => {
    const [done, total] = line.split(' ')[0]!.split('/').map(Number) as [number, number];
    if (tty) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line.slice(0, 60).padEnd(60)}${final ? '\n' : ''}`);
    } else if (final || done - lastLine >= 25) {
      lastLine = done;
      io.stderr(`stacklint: reviewed ${line}\n`);
    }
  };
  const command = `stacklint corpus ${cmd.dir} --out-dir ${cmd.outDir}`;
  const { records, errors } = await runCorpus(
    { dir: cmd.dir, outDir: cmd.outDir, jobs: cmd.jobs, analyze: { rules: selection.ids, severity: selection.severity, ignore: config.ignore }, command },
    progress,
  );
  io.stderr(`stacklint: ${records.length} tasks reviewed${errors ? `, ${errors} failed` : ''}; wrote ${cmd.outDir}/results.jsonl and ${cmd.outDir}/summary.md\n`);
  return errors ? 2 : 0;
}

async function requirements(cmd: RequirementsArgs, io: Io): Promise<number> {
  if (!existsSync(cmd.prompt)) {
    io.stderr(`stacklint: no such file: ${cmd.prompt}\n`);
    return 2;
  }
  const { extractRequirements, requirementsToYaml } = await import('../requirements/index.js');
  const reqs = extractRequirements(readFileSync(cmd.prompt, 'utf8'), cmd.prompt);
  const report = cmd.format === 'json' ? JSON.stringify(reqs, null, 2) + '\n' : requirementsToYaml(reqs);
  if (cmd.output) {
    try {
      writeFileSync(cmd.output, report);
    } catch (err) {
      io.stderr(`stacklint: cannot write ${cmd.output}: ${(err as Error).message}\n`);
      return 2;
    }
  } else io.stdout(report);
  return 0;
}
