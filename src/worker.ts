// Worker-thread entry: analyses the paths it is sent, one at a time.

import { parentPort } from 'node:worker_threads';
import { analyzePath, type AnalyzeOptions } from './pipeline.js';

interface Job {
  id: number;
  path: string;
  options: AnalyzeOptions;
}

parentPort?.on('message', async (job: Job) => {
  try {
    const result = await analyzePath(job.path, job.options);
    parentPort!.postMessage({ id: job.id, result });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).stack ?? String(err) });
  }
});
