// Budgets on the values one program may build, and the wall clock its analysis may take.
//
// Model-written code is untrusted input: a string doubled in a loop, a list concatenated with
// itself, or an object that holds itself twice per level grows exponentially, and the evaluator
// would build it (RangeError: Invalid string length, or a fatal "invalid size" abort that kills the
// process). Every place that builds a string, a list or an object from other values asks the active
// budget first; what does not fit becomes `unknown('budget:<what>')`, the analysis goes on, and the
// file gets one note saying what was cut.
//
// The budget is module state, not a parameter: the value helpers (`concatStrings`, `list`) are
// called from hundreds of places, and one program is evaluated synchronously on one thread at a
// time, so "the program being evaluated now" is well defined.

import type { At, Value } from './values.js';

export interface ValueLimits {
  /** Characters of one string built by the program (concatenation, templates, repeat, JSON). */
  string: number;
  /** Elements of one list, keys of one object, parts of one partly-known string. */
  items: number;
  /** Nodes of one value, counting a shared part once per place it occurs (what a walk visits). */
  nodes: number;
  /** Characters and elements built for the whole program. */
  total: number;
}

export const DEFAULT_VALUE_LIMITS: ValueLimits = {
  string: 1_000_000,
  items: 100_000,
  nodes: 100_000,
  total: 64_000_000,
};

export type BudgetKind = keyof ValueLimits | 'time';

export const BUDGET_WHAT: Record<BudgetKind, string> = {
  string: 'a string longer than the string budget',
  items: 'a list, object or string with more elements than the element budget',
  nodes: 'a value nested or shared more than the value-size budget allows',
  total: 'more values than the program budget allows',
  time: 'the analysis time limit',
};

export class TimeLimitReached extends Error {
  constructor(readonly seconds: number) {
    super(`analysis stopped after ${seconds} s`);
  }
}

export class ValueBudget {
  private used = 0;
  /** What was cut, with the first place it happened. */
  readonly cuts = new Map<BudgetKind, At | undefined>();
  private deadline = Infinity;
  private seconds = 0;
  private polls = 0;

  constructor(readonly limits: ValueLimits = DEFAULT_VALUE_LIMITS) {}

  /** Stop the analysis (throw TimeLimitReached from `poll`) once `seconds` have passed. */
  setTimeLimit(seconds: number): void {
    this.seconds = seconds;
    this.deadline = seconds > 0 && Number.isFinite(seconds) ? performance.now() + seconds * 1000 : Infinity;
  }

  /** Called from loops that may run long (evaluation steps, walks); cheap. */
  poll(): void {
    if ((++this.polls & 1023) !== 0 || this.deadline === Infinity) return;
    if (performance.now() > this.deadline) {
      this.cuts.set('time', this.cuts.get('time'));
      throw new TimeLimitReached(this.seconds);
    }
  }

  /** The time limit in seconds (0: none). */
  get timeLimit(): number {
    return this.seconds;
  }

  get timedOut(): boolean {
    return this.cuts.has('time');
  }

  /** May a string of `length` characters be built? */
  string(length: number, at?: At): boolean {
    if (length > this.limits.string) return this.cut('string', at);
    return this.charge(length, at);
  }

  /** May a container (or string) of `count` elements be built? */
  items(count: number, at?: At): boolean {
    if (count > this.limits.items) return this.cut('items', at);
    return this.charge(count, at);
  }

  /** May a value of `nodes` nodes be built? */
  nodes(count: number, at?: At): boolean {
    return count > this.limits.nodes ? this.cut('nodes', at) : true;
  }

  cut(what: BudgetKind, at?: At): false {
    if (!this.cuts.has(what) || (this.cuts.get(what) === undefined && at)) this.cuts.set(what, at);
    return false;
  }

  private charge(n: number, at?: At): boolean {
    this.used += n;
    return this.used > this.limits.total ? this.cut('total', at) : true;
  }
}

/** Generous limits that only stop runaway growth; used when no program is being evaluated. */
const IDLE = new ValueBudget();

let active: ValueBudget = IDLE;

export function budget(): ValueBudget {
  return active;
}

/** Run `f` with `b` as the budget of the values it builds. */
export function withBudget<T>(b: ValueBudget, f: () => T): T {
  const prev = active;
  active = b;
  try {
    return f();
  } finally {
    active = prev;
  }
}

/**
 * Nodes of a list or object value, as a walk would visit them (a part shared by several places is
 * counted at each). Remembered on the container (`n`); places that add to a container after it was
 * measured add to it. Counting stops a little past `cap`, so measuring is never slower than the cap.
 */
export function sizeOf(v: Value, cap = active.limits.nodes): number {
  if (v.kind !== 'list' && v.kind !== 'obj') {
    return (v.kind === 'known' || v.kind === 'str') && v.json ? sizeOf(v.json, cap) : 1;
  }
  if (v.n !== undefined) return v.n;
  let n = 1;
  const children = v.kind === 'list' ? v.items : v.props.values();
  for (const c of children) {
    n += sizeOf(c, cap);
    if (n > cap) break;
  }
  v.n = n;
  return n;
}

/**
 * Record that `child` was stored in `container` (an assignment to a property or an index). A
 * container that would pass the value-size budget is emptied and made open instead (it stands for
 * "unknown contents" from then on).
 */
export function grew(container: Value, child: Value, at?: At): void {
  if (container.kind !== 'list' && container.kind !== 'obj') return;
  if (container.n === undefined) sizeOf(container);
  else container.n += sizeOf(child);
  if (!active.nodes(container.n!, at ?? container.at)) empty(container);
}

/**
 * After a builtin method ran on a list or dict that had `before` elements: keep it within the element
 * and value-size budgets, emptying (and opening) it when it passed them.
 */
export function keepInBudget(container: Value, before: number, at?: At): void {
  if (container.kind !== 'list' && container.kind !== 'obj') return;
  const count = container.kind === 'list' ? container.items.length : container.props.size;
  if (count === before) return;
  if (count > 64 && !active.items(count - before, at)) return empty(container);
  if (count > active.limits.items) {
    active.cut('items', at);
    return empty(container);
  }
  if (container.kind === 'list' && count > before && container.n !== undefined) {
    for (let i = before; i < count; i++) container.n += sizeOf(container.items[i]!);
  } else {
    delete container.n;
    sizeOf(container);
  }
  if (!active.nodes(container.n!, at ?? container.at)) empty(container);
}

function empty(container: Value): void {
  if (container.kind === 'list') container.items = [];
  else if (container.kind === 'obj') container.props.clear();
  else return;
  container.open = true;
  container.n = 1;
}

/** The value itself, or `unknown('budget:nodes')` when it is larger than the value-size budget. */
export function measured(v: Value, at?: At): Value {
  if (v.kind !== 'list' && v.kind !== 'obj') return v;
  return active.nodes(sizeOf(v), at ?? v.at) ? v : { kind: 'unknown', why: 'budget:nodes', ...(at ?? v.at ? { at: at ?? v.at } : {}) };
}
