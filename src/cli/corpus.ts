// `stacklint corpus <dir>`: review every task folder under a directory in worker threads, with
// progress, then write one JSON line per task and a Markdown summary.

import { lstatSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative } from 'node:path';
import type { Job } from '../jobs.js';
import type { AnalyzeOptions } from '../pipeline.js';
import { renderCorpusSummary, type TaskRecord } from '../reporters/corpus.js';
import { SEVERITIES, type Severity } from '../core/finding.js';
import { readText } from '../loaders/read.js';
import { pathProblem } from './files.js';

export interface CorpusOptions {
  dir: string;
  outDir: string;
  jobs: number;
  analyze: AnalyzeOptions;
  command: string;
}

const MARKERS = ['MODEL_RESPONSE.md', 'IDEAL_RESPONSE.md', 'PROMPT.md'];

/** Whether something (even a dangling link or a directory) is at `p`. */
function present(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** A folder that looks like a task (an ideal answer or a request) but has no model answer. */
export interface SkippedTask {
  task: string;
  reason: string;
}

/**
 * Task folders: directories with lib/MODEL_RESPONSE.md (or MODEL_RESPONSE.md), up to four levels
 * deep. Folders with IDEAL_RESPONSE.md or PROMPT.md but no MODEL_RESPONSE.md are returned as skipped.
 */
export function scanTasks(dir: string, depth = 0): { tasks: string[]; skipped: string[] } {
  if (depth > 4) return { tasks: [], skipped: [] };
  if (present(join(dir, 'lib', 'MODEL_RESPONSE.md')) || present(join(dir, 'MODEL_RESPONSE.md'))) return { tasks: [dir], skipped: [] };
  if (depth > 0 && MARKERS.some((m) => present(join(dir, m)) || present(join(dir, 'lib', m)))) return { tasks: [], skipped: [dir] };
  let entries: string[] = [];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return { tasks: [], skipped: [] };
  }
  const out = { tasks: [] as string[], skipped: [] as string[] };
  for (const e of entries) {
    if (e.startsWith('.') || e === 'node_modules') continue;
    const p = join(dir, e);
    try {
      if (!statSync(p).isDirectory()) continue;
    } catch {
      continue;
    }
    const sub = scanTasks(p, depth + 1);
    out.tasks.push(...sub.tasks);
    out.skipped.push(...sub.skipped);
  }
  return out;
}

export function findTasks(dir: string, depth = 0): string[] {
  return scanTasks(dir, depth).tasks;
}

function taskFiles(task: string): { model: string; ideal?: string; prompt?: string } {
  const lib = present(join(task, 'lib', 'MODEL_RESPONSE.md')) ? join(task, 'lib') : task;
  const out: { model: string; ideal?: string; prompt?: string } = { model: join(lib, 'MODEL_RESPONSE.md') };
  if (present(join(lib, 'IDEAL_RESPONSE.md'))) out.ideal = join(lib, 'IDEAL_RESPONSE.md');
  if (present(join(lib, 'PROMPT.md'))) out.prompt = join(lib, 'PROMPT.md');
  return out;
}

/** Why a task's files cannot be reviewed (a directory, a dangling link, a binary file), if they cannot. */
async function taskProblem(files: { model: string; ideal?: string; prompt?: string }): Promise<string | undefined> {
  for (const p of [files.model, files.ideal, files.prompt]) {
    if (p === undefined) continue;
    const name = basename(p);
    const problem = pathProblem(p, 'file');
    if (problem) return `${name}: ${problem}`;
    const r = await readText(p);
    if (!r.ok && /binary/.test(r.reason)) return `${name}: ${r.reason}`;
  }
  return undefined;
}

const EMPTY: Record<Severity, number> = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;

export async function runCorpus(
  opts: CorpusOptions,
  progress: (line: string, final: boolean) => void,
): Promise<{ records: TaskRecord[]; errors: number; skipped: SkippedTask[] }> {
  const scan = scanTasks(opts.dir);
  const name = (t: string) => relative(opts.dir, t) || t;
  const skipped = scan.skipped.map((t) => ({ task: name(t), reason: 'no MODEL_RESPONSE.md (in the folder or its lib/)' }));
  // Tasks whose files cannot be read are not run; they are reported as not reviewed, with the reason.
  const tasks = scan.tasks;
  const files = tasks.map(taskFiles);
  const problems = await Promise.all(files.map(taskProblem));
  const runnable = tasks.map((_, i) => i).filter((i) => problems[i] === undefined);
  const names = tasks.map(name);
  const jobs: Job[] = runnable.map((i) => ({ kind: 'task', task: names[i]!, paths: files[i]!, options: opts.analyze }));
  const { runJobs } = await import('../parallel.js');
  const workers = opts.jobs > 0 ? opts.jobs : availableParallelism();
  const outcomes = await runJobs(jobs, workers, (done, total, j) => progress(`${done}/${total} ${names[runnable[j]!]}`, done === total));
  const byTask = new Map(runnable.map((i, j) => [i, outcomes[j]!]));
  const records: TaskRecord[] = tasks.map((_, i) => {
    const o = byTask.get(i) ?? { error: problems[i] };
    if (o.result?.kind === 'task') return o.result.record;
    return {
      task: names[i]!,
      model: files[i]!.model,
      error: (o.error ?? 'no result').split('\n')[0]!,
      failures: 0,
      minor: 0,
      bySeverity: { ...EMPTY },
      fixed: 0,
      stillPresent: 0,
      idealFindings: 0,
      score: 0,
      findings: [],
      ideal_findings: [],
    };
  });
  mkdirSync(opts.outDir, { recursive: true });
  writeFileSync(join(opts.outDir, 'results.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : ''));
  writeFileSync(join(opts.outDir, 'summary.md'), renderCorpusSummary(records, opts.command, skipped));
  return { records, errors: records.filter((r) => r.error).length, skipped };
}
