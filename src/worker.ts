// Worker-thread entry: runs the jobs it is sent, one at a time.

import { parentPort } from 'node:worker_threads';
import { type Job, runJob } from './jobs.js';

parentPort?.on('message', async ({ id, job }: { id: number; job: Job }) => {
  try {
    parentPort!.postMessage({ id, result: await runJob(job) });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).stack ?? String(err) });
  }
});
