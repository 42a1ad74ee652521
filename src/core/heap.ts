// V8 collects lazily while memory is plentiful and grows the heap to what a run last needed, so the
// garbage a large input leaves behind (syntax trees, intermediate values, rule walks) raises the
// peak far above what the analysis holds. A full collection whenever the heap has grown by a large
// step since the last one bounds the peak to what is live plus that step. Small inputs never reach
// the first threshold, so editor and single-file runs pay nothing.

import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

/** Heap in use below which no collection is forced (the schema and parsers alone hold ~80 MiB). */
const FIRST = 192 * 2 ** 20;
/** Growth over what was live after the last forced collection that forces the next one. */
const STEP = 64 * 2 ** 20;

let live = 0;

/** Runs a full collection when the heap has grown past the thresholds above; cheap otherwise. */
export function collectIfGrown(): void {
  if (!gc) return;
  const used = getHeapStatistics().used_heap_size;
  if (used < Math.max(FIRST, live + STEP)) return;
  gc();
  live = getHeapStatistics().used_heap_size;
}

/** A full collection now, when the heap holds more than `bytes` (after a job whose values all died). */
export function collectAbove(bytes: number): void {
  if (gc && process.memoryUsage().heapUsed > bytes) {
    gc();
    live = getHeapStatistics().used_heap_size;
  }
}
