// The units of work that run in worker threads: checking one input, or reviewing one task. Plain data
// in, plain data out.

import type { ProgramResult } from './core/result.js';
import { analyzePath, type AnalyzeOptions, type ReviewPaths, reviewPaths } from './pipeline.js';
import type { Review } from './review/review.js';

export type Job = { kind: 'check'; path: string; options: AnalyzeOptions } | { kind: 'review'; paths: ReviewPaths; options: AnalyzeOptions };

export type JobResult = { kind: 'check'; result: ProgramResult } | { kind: 'review'; review: Review };

export async function runJob(job: Job): Promise<JobResult> {
  if (job.kind === 'check') return { kind: 'check', result: await analyzePath(job.path, job.options) };
  return { kind: 'review', review: await reviewPaths(job.paths, job.options) };
}
