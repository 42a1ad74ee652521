// Preloaded into the processes scripts/bench.mjs starts (NODE_OPTIONS=--import=...): on exit, the
// process's CPU time (every thread) and peak RSS go to the file STACKLINT_BENCH_USAGE names.

import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.STACKLINT_BENCH_USAGE;
if (out && isMainThread) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    writeFileSync(out, JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS }));
  });
}
