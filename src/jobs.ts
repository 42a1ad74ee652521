// The units of work that run in worker threads: checking one input, or reviewing one corpus task. Plain
// data in, plain data out.

import type { ProgramResult } from './core/result.js';
import { analyzePath, type AnalyzeOptions, type ReviewPaths, reviewPaths } from './pipeline.js';
import { type TaskRecord, taskRecord } from './reporters/corpus.js';

export type Job = { kind: 'check'; path: string; options: AnalyzeOptions } | { kind: 'task'; task: string; paths: ReviewPaths; options: AnalyzeOptions };

/**
 * A task's review comes back as its record only (counts and rule ids): the full review, with its code
 * excerpts and program diff, is released in the thread that made it.
 */
export type JobResult = { kind: 'check'; result: ProgramResult } | { kind: 'task'; record: TaskRecord };

export async function runJob(job: Job): Promise<JobResult> {
  if (job.kind === 'check') return { kind: 'check', result: await analyzePath(job.path, job.options) };
  return { kind: 'task', record: taskRecord(job.task, await reviewPaths(job.paths, job.options)) };
}
