// `stacklint corpus <dir>`: review every task folder under a directory in worker threads, with
// progress, then write one JSON line per task and a Markdown summary.

import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import type { Job } from '../jobs.js';
import type { AnalyzeOptions } from '../pipeline.js';
import { renderCorpusSummary, type TaskRecord, taskRecord } from '../reporters/corpus.js';
import { SEVERITIES, type Severity } from '../core/finding.js';

export interface CorpusOptions {
  dir: string;
  outDir: string;
  jobs: number;
  analyze: AnalyzeOptions;
  command: string;
}

/** Task folders: directories with lib/MODEL_RESPONSE.md (or MODEL_RESPONSE.md), up to four levels deep. */
export function findTasks(dir: string, depth = 0): string[] {
  if (depth > 4) return [];
  if (existsSync(join(dir, 'lib', 'MODEL_RESPONSE.md')) || existsSync(join(dir, 'MODEL_RESPONSE.md'))) return [dir];
  let entries: string[] = [];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    if (e.startsWith('.') || e === 'node_modules') return [];
    const p = join(dir, e);
    try {
      return statSync(p).isDirectory() ? findTasks(p, depth + 1) : [];
    } catch {
      return [];
    }
  });
}

function taskFiles(task: string): { model: string; ideal?: string; prompt?: string } {
  const lib = existsSync(join(task, 'lib', 'MODEL_RESPONSE.md')) ? join(task, 'lib') : task;
  const out: { model: string; ideal?: string; prompt?: string } = { model: join(lib, 'MODEL_RESPONSE.md') };
  if (existsSync(join(lib, 'IDEAL_RESPONSE.md'))) out.ideal = join(lib, 'IDEAL_RESPONSE.md');
  if (existsSync(join(lib, 'PROMPT.md'))) out.prompt = join(lib, 'PROMPT.md');
  return out;
}

const EMPTY: Record<Severity, number> = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;

export async function runCorpus(opts: CorpusOptions, progress: (line: string, final: boolean) => void): Promise<{ records: TaskRecord[]; errors: number }> {
  const tasks = findTasks(opts.dir);
  const jobs: Job[] = tasks.map((t) => ({ kind: 'review', paths: taskFiles(t), options: opts.analyze }));
  const { runJobs } = await import('../parallel.js');
  const workers = opts.jobs > 0 ? opts.jobs : availableParallelism();
  const names = tasks.map((t) => relative(opts.dir, t) || t);
  const outcomes = await runJobs(jobs, workers, (done, total, i) => progress(`${done}/${total} ${names[i]}`, done === total));
  const records: TaskRecord[] = outcomes.map((o, i) => {
    if (o.result?.kind === 'review') return taskRecord(names[i]!, o.result.review);
    return {
      task: names[i]!,
      model: taskFiles(tasks[i]!).model,
      error: (o.error ?? 'no result').split('\n')[0]!,
      failures: 0,
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
  writeFileSync(join(opts.outDir, 'summary.md'), renderCorpusSummary(records, opts.command));
  return { records, errors: records.filter((r) => r.error).length };
}
