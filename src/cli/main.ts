// argv → pipeline → reporter → exit code. Nothing else lives here.

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import { severityRank } from '../core/finding.js';
import type { ProgramResult } from '../core/result.js';
import { TOOL_NAME, VERSION } from '../core/version.js';
import { renderJson } from '../reporters/json.js';
import { renderJunit } from '../reporters/junit.js';
import { renderMarkdown } from '../reporters/markdown.js';
import { renderHtml, renderMarkdownPage } from '../reporters/html.js';
import { renderSarif } from '../reporters/sarif.js';
import type { RuleDefinition } from '../rules/define-rule.js';
import { applyBaseline, readBaseline, writeBaseline } from './baseline.js';
import { type Config, findConfig, loadConfig, selectRules } from './config.js';
import { checkWritable, fsReason, pathProblem, readTextArg, shown } from './files.js';
import { escapeControl } from '../reporters/escape.js';
import { renderText } from '../reporters/text.js';
import { closest } from '../core/text.js';
import { renderRulesJson, renderRulesText } from '../reporters/rules.js';
import type { AnalyzeOptions, ReviewPaths } from '../pipeline.js';
import { renderReviewJson, renderReviewMarkdown, renderReviewYaml } from '../reporters/review.js';
import { ReviewExportError, reviewFromExport } from '../review/edit.js';
import { programRootOf } from '../loaders/roots.js';
import type { Review } from '../review/review.js';
import YAML from 'yaml';
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
  // Every command reports a usage error the same way: one line on stderr, exit code 2.
  try {
    return await run(argv, io);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`stacklint: ${escapeControl(err.message, false)}\n`);
    return 2;
  }
}

/** The rule catalogue and the configuration (`--config`, else stacklint.config.* found upward). */
async function rulesAndConfig(configPath: string | undefined): Promise<{ RULES: readonly RuleDefinition[]; config: Config }> {
  const { RULES } = await import('../rules/index.js');
  const { CLASSES } = await import('../rules/classes.js');
  const config = loadConfig(configPath ?? findConfig(process.cwd()), RULES.map((r) => r.id), CLASSES, FORMATS);
  return { RULES, config };
}

async function run(argv: string[], io: Io): Promise<number> {
  const cmd = parseCommand(argv, { jobs: 0, color: io.isTTY && !process.env.NO_COLOR });
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
  if (cmd.command === 'lsp') {
    const { startLanguageServer } = await import('../lsp/server.js');
    startLanguageServer();
    // The server runs until the client sends exit; the process ends there.
    return new Promise<number>(() => {});
  }
  if (cmd.command === 'review') return review(cmd, io);
  if (cmd.command === 'corpus') return corpus(cmd, io);
  if (cmd.command === 'requirements') return requirements(cmd, io);
  // A path that cannot be read is reported on its own line; the other inputs are still analysed
  // (exit code 2). With no readable input at all there is nothing to report.
  const paths: string[] = [];
  for (const p of cmd.paths) {
    const problem = pathProblem(p);
    if (problem) io.stderr(`stacklint: cannot read ${shown(p)}: ${problem}\n`);
    else paths.push(p);
  }
  const unreadable = paths.length < cmd.paths.length;
  if (paths.length === 0) return 2;
  let known: Set<string> | undefined;
  const { RULES, config } = await rulesAndConfig(cmd.config);
  try {
    if (cmd.config && !existsSync(cmd.config)) throw new UsageError(`config file not found: ${shown(cmd.config)}`);
    if (cmd.baseline) known = readBaseline(cmd.baseline);
    if (cmd.prompt) await readTextArg(cmd.prompt, 'request (--prompt)');
    if (cmd.requirements) await readTextArg(cmd.requirements, 'requirements spec (--requirements)');
    // Destinations are checked before the analysis, not after it.
    if (cmd.writeBaseline) checkWritable(cmd.writeBaseline, 'baseline');
    if (cmd.output) checkWritable(cmd.output, 'report');
    // A bad spec is a usage error before any analysis starts.
    if (cmd.requirements) {
      const { loadRequirements } = await import('../pipeline.js');
      loadRequirements({ requirements: cmd.requirements });
    }
  } catch (err) {
    // A bad requirements spec is a usage error too (its first line says where).
    if (err instanceof Error && err.name === 'RequirementsSpecError') throw new UsageError(err.message.split('\n')[0]!);
    throw err;
  }
  const format = cmd.format ?? (config.format as Format | undefined) ?? 'text';
  const threshold = cmd.threshold ?? config.severityThreshold ?? 'low';
  const selection = selectRules(RULES, config);
  const options: AnalyzeOptions = {
    dumpModel: cmd.dump === 'model',
    rules: selection.ids,
    severity: selection.severity,
    ignore: config.ignore,
    ...(cmd.prompt ? { prompt: cmd.prompt } : {}),
    ...(cmd.requirements ? { requirements: cmd.requirements } : {}),
    ...((cmd.timeLimit ?? config.timeLimit) !== undefined ? { timeLimit: cmd.timeLimit ?? config.timeLimit } : {}),
  };
  // With --in-project the programs analysed are the projects of the given files; only findings in
  // the given files are reported.
  const only = cmd.inProject ? new Set(paths.map((p) => resolve(p))) : undefined;
  const inputs = only ? [...new Set(paths.map((p) => programRootOf(p) ?? resolve(p)))] : paths;
  if (cmd.fix) {
    const changed = await applyFixes(inputs, options, cmd.fix, io, only);
    if (cmd.fix === 'dry-run') return changed ? 1 : 0;
  }
  // Loaded lazily: the analysis stack (the TypeScript compiler, WASM) is not needed for help/usage.
  const { analyzeAll } = await import('../parallel.js');
  const outcomes = await analyzeAll(inputs, options, cmd.jobs > 0 ? cmd.jobs : inputs.length <= 2 ? 1 : availableParallelism());
  if (only) for (const o of outcomes) if (o.result) o.result.findings = o.result.findings.filter((f) => only.has(resolve(f.location.hostPath)));
  let internal = unreadable;
  const results: ProgramResult[] = [];
  for (const o of outcomes) {
    if (o.result) {
      results.push(o.result);
      for (const e of o.result.errors) {
        internal = true;
        io.stderr(`stacklint: internal error while analysing ${shown(o.path)}: ${escapeControl(String(e).split('\n')[0]!, false)}\n`);
      }
    } else {
      internal = true;
      io.stderr(`stacklint: internal error while analysing ${shown(o.path)}: ${escapeControl((o.error ?? '').split('\n')[0]!, false)}\n`);
    }
  }
  const cwd = process.cwd();
  if (cmd.writeBaseline) {
    writeBaseline(cmd.writeBaseline, results, cwd);
    io.stderr(`stacklint: wrote ${results.reduce((n, r) => n + r.findings.length, 0)} findings to ${shown(cmd.writeBaseline)}\n`);
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
      case 'html':
        report = renderHtml(results, cwd);
        break;
      default:
        report = renderText(results, { color: cmd.color && !cmd.output, quiet: cmd.quiet, baselined, threshold });
    }
  }
  if (!emit(report, cmd.output, io)) return 2;
  if (internal) return 2;
  if (cmd.dump === 'model') return 0;
  const min = severityRank(threshold);
  return results.some((r) => r.findings.some((f) => severityRank(f.severity) >= min)) ? 1 : 0;
}

/**
 * `--fix`: apply the safe fixes and write the files (the report that follows shows what remains);
 * `--fix-dry-run`: print them as a unified diff. True when some file changes.
 */
async function applyFixes(paths: string[], options: AnalyzeOptions, mode: 'write' | 'dry-run', io: Io, only?: Set<string>): Promise<boolean> {
  const { fixPath } = await import('../fix/apply.js');
  const { prepare } = await import('../pipeline.js');
  const { createTwoFilesPatch } = await import('diff');
  await prepare();
  let changed = false;
  let count = 0;
  for (const p of paths) {
    const report = await fixPath(p, options);
    for (const f of report.files) {
      if (only && !only.has(resolve(f.host))) continue;
      changed = true;
      count += f.applied.length;
      const name = shown(f.host);
      if (mode === 'dry-run') io.stdout(createTwoFilesPatch(`a/${name}`, `b/${name}`, f.before, f.after, '', '', { context: 3 }));
      else writeFileSync(f.host, f.after);
    }
    for (const s of report.skipped) io.stderr(`stacklint: not fixed: ${s.finding.ruleId} in ${shown(s.finding.location.hostPath)}: ${s.reason}\n`);
  }
  io.stderr(`stacklint: ${count} fix${count === 1 ? '' : 'es'} ${mode === 'write' ? 'applied' : 'available'}\n`);
  return changed;
}

/** Print the report, or write it to `output`; false (after a one-line message) when that fails. */
function emit(report: string, output: string | undefined, io: Io): boolean {
  if (!output) {
    io.stdout(report);
    return true;
  }
  try {
    writeFileSync(output, report);
    return true;
  } catch (err) {
    io.stderr(`stacklint: cannot write ${shown(output)}: ${fsReason(err)}\n`);
    return false;
  }
}

/** Rules enabled by the configuration (class settings first, then rule settings) and severity overrides. */
async function review(cmd: ReviewArgs, io: Io): Promise<number> {
  if (cmd.render) return renderExported(cmd, io);
  for (const [what, p] of [['model answer', cmd.model], ['ideal answer', cmd.ideal]] as const) {
    // An answer named *.md must be a file (a directory there is a broken task, not a project).
    const problem = p === undefined ? undefined : pathProblem(p, /\.md$/i.test(p) ? 'file' : 'any');
    if (problem) throw new UsageError(`cannot read ${what} ${shown(p!)}: ${problem}`);
  }
  if (cmd.prompt) await readTextArg(cmd.prompt, 'request (--prompt)');
  if (cmd.output) checkWritable(cmd.output, 'report');
  const { RULES, config } = await rulesAndConfig(cmd.config);
  const selection = selectRules(RULES, config);
  const { reviewPaths } = await import('../pipeline.js');
  const paths: ReviewPaths = { model: cmd.model };
  if (cmd.ideal) paths.ideal = cmd.ideal;
  if (cmd.prompt) paths.prompt = cmd.prompt;
  const timeLimit = cmd.timeLimit ?? config.timeLimit;
  const r = await reviewPaths(paths, { rules: selection.ids, severity: selection.severity, ignore: config.ignore, ...(timeLimit !== undefined ? { timeLimit } : {}) });
  if (!emit(renderReview(r, cmd.format), cmd.output, io)) return 2;
  return 0;
}

function renderReview(r: Review, format: ReviewArgs['format']): string {
  if (format === 'json') return renderReviewJson(r);
  if (format === 'yaml') return renderReviewYaml(r);
  if (format === 'html') return renderMarkdownPage(`${TOOL_NAME} review`, renderReviewMarkdown(r, process.cwd()));
  return renderReviewMarkdown(r, process.cwd());
}

/** `review --render FILE`: an exported review, edited or not, rendered again with its counts recomputed. */
async function renderExported(cmd: ReviewArgs, io: Io): Promise<number> {
  const text = await readTextArg(cmd.render!, 'exported review (--render)');
  if (cmd.output) checkWritable(cmd.output, 'report');
  let data: unknown;
  try {
    data = /\.json$/i.test(cmd.render!) ? JSON.parse(text) : YAML.parse(text);
  } catch (err) {
    throw new UsageError(`cannot read ${shown(cmd.render!)}: ${escapeControl((err as Error).message.split('\n')[0]!, false)}`);
  }
  let r: Review;
  try {
    r = reviewFromExport(data, shown(cmd.render!));
  } catch (err) {
    if (err instanceof ReviewExportError) throw new UsageError(err.message);
    throw err;
  }
  if (!emit(renderReview(r, cmd.format), cmd.output, io)) return 2;
  return 0;
}

async function corpus(cmd: CorpusArgs, io: Io): Promise<number> {
  const problem = pathProblem(cmd.dir);
  if (problem || !statSync(cmd.dir).isDirectory()) {
    io.stderr(`stacklint: cannot read corpus directory ${shown(cmd.dir)}: ${problem ?? 'not a directory'}\n`);
    return 2;
  }
  try {
    mkdirSync(cmd.outDir, { recursive: true });
    checkWritable(join(cmd.outDir, 'results.jsonl'), 'corpus results');
  } catch (err) {
    io.stderr(`stacklint: ${err instanceof UsageError ? err.message : `cannot create --out-dir ${shown(cmd.outDir)}: ${fsReason(err)}`}\n`);
    return 2;
  }
  const { RULES, config } = await rulesAndConfig(cmd.config);
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
  const { records, errors, skipped } = await runCorpus(
    { dir: cmd.dir, outDir: cmd.outDir, jobs: cmd.jobs, analyze: { rules: selection.ids, severity: selection.severity, ignore: config.ignore }, command },
    progress,
  );
  if (cmd.html) writeFileSync(join(cmd.outDir, 'summary.html'), renderMarkdownPage(`${TOOL_NAME} corpus review`, readFileSync(join(cmd.outDir, 'summary.md'), 'utf8')));
  if (records.length === 0) io.stderr(`stacklint: no task folders (with MODEL_RESPONSE.md or lib/MODEL_RESPONSE.md) under ${shown(cmd.dir)}\n`);
  for (const r of records) if (r.error) io.stderr(`stacklint: could not review ${shown(r.task)}: ${escapeControl(r.error, false)}\n`);
  for (const t of skipped) io.stderr(`stacklint: skipped ${shown(t.task)}: ${t.reason}\n`);
  const tail = [errors ? `${errors} could not be reviewed` : '', skipped.length ? `${skipped.length} skipped` : ''].filter(Boolean).join(', ');
  io.stderr(`stacklint: ${records.length - errors} tasks reviewed${tail ? ` (${tail})` : ''}; wrote ${shown(cmd.outDir)}/results.jsonl and ${shown(cmd.outDir)}/summary.md\n`);
  return errors ? 2 : 0;
}

async function requirements(cmd: RequirementsArgs, io: Io): Promise<number> {
  const text = await readTextArg(cmd.prompt, 'request');
  if (cmd.output) checkWritable(cmd.output, 'spec');
  const { extractRequirements, requirementsToYaml } = await import('../requirements/index.js');
  const reqs = extractRequirements(text, cmd.prompt);
  const report = cmd.format === 'json' ? JSON.stringify(reqs, null, 2) + '\n' : requirementsToYaml(reqs);
  if (!emit(report, cmd.output, io)) return 2;
  return 0;
}
