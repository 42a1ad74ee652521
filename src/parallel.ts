// Runs the pipeline over many inputs, in this thread or in worker threads. Results come back in
// input order whatever the number of workers, so output is identical for every --jobs value.

import { Worker } from 'node:worker_threads';
import type { ProgramResult } from './core/result.js';
import { analyzePath, type AnalyzeOptions } from './pipeline.js';

export interface RunOutcome {
  path: string;
  result?: ProgramResult;
  /** An internal error while analysing this input (the run goes on). */
  error?: string;
}

export async function analyzeAll(
  paths: string[],
  options: AnalyzeOptions,
  jobs: number,
  onDone?: (done: number, total: number) => void,
): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = paths.map((path) => ({ path }));
  let done = 0;
  const finish = () => onDone?.(++done, paths.length);
  if (jobs <= 1 || paths.length <= 1) {
    for (let i = 0; i < paths.length; i++) {
      try {
        outcomes[i]!.result = await analyzePath(paths[i]!, options);
      } catch (err) {
        outcomes[i]!.error = (err as Error).stack ?? String(err);
      }
      finish();
    }
    return outcomes;
  }
  const workerUrl = new URL('./worker.js', import.meta.url);
  const n = Math.min(jobs, paths.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, () =>
      new Promise<void>((resolve) => {
        const worker = new Worker(workerUrl);
        let current = -1;
        const feed = () => {
          if (next >= paths.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const id = next++;
          current = id;
          worker.postMessage({ id, path: paths[id], options });
        };
        worker.on('message', (msg: { id: number; result?: ProgramResult; error?: string }) => {
          if (msg.result) outcomes[msg.id]!.result = msg.result;
          else outcomes[msg.id]!.error = msg.error ?? 'unknown error';
          finish();
          feed();
        });
        worker.on('error', (err) => {
          // A crashed worker loses only the input it held; the others take the rest of the queue.
          if (current >= 0 && !outcomes[current]!.result) outcomes[current]!.error ??= err.stack ?? String(err);
          resolve();
        });
        feed();
      }),
    ),
  );
  for (const o of outcomes) if (!o.result && !o.error) o.error = 'not analysed (worker stopped)';
  return outcomes;
}
