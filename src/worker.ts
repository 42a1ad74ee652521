// Worker-thread entry: runs the jobs it is sent, one at a time.

import { parentPort } from 'node:worker_threads';
import { collectAbove } from './core/heap.js';
import { type Job, runJob } from './jobs.js';

// Each job's values die with it, but V8 grows a thread's heap to what it last needed and gives little
// back; with several workers in one process that adds up. A full collection after a job that left the
// heap large keeps every worker near what it holds (the parsers and the schema).
const LARGE_HEAP = 160 * 2 ** 20;

parentPort?.on('message', async ({ id, job }: { id: number; job: Job }) => {
  try {
    parentPort!.postMessage({ id, result: await runJob(job) });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).stack ?? String(err) });
  }
  collectAbove(LARGE_HEAP);
});
