// Worker-thread entry: runs the jobs it is sent, one at a time.

import { setFlagsFromString } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { collectAbove } from './core/heap.js';
import { type Job, runJob } from './jobs.js';

// Each job's values die with it, but V8 grows a thread's heap to what it last needed and gives little
// back; with several workers in one process that adds up. A full collection after a job that left the
// heap large keeps every worker near what it holds (the parsers and the schema).
// V8 also lets a heap grow to about twice what survived its last full collection before it collects
// again; in workers that keep the parsers, the schema and compiled code (~80 MiB) that doubling is most
// of their peak. Growing by a fifth instead took the whole-corpus -j2 peak RSS from ~545 to ~450 MiB
// for ~8% more CPU (the flag is process-wide; the main thread of a corpus run allocates little).
setFlagsFromString('--heap-growing-percent=20');
const LARGE_HEAP = 160 * 2 ** 20;

parentPort?.on('message', async ({ id, job }: { id: number; job: Job }) => {
  try {
    parentPort!.postMessage({ id, result: await runJob(job) });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).stack ?? String(err) });
  }
  collectAbove(LARGE_HEAP);
});
