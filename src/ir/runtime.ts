import type { Lang } from '../core/ir.js';
import type { EvalEventKind } from './host.js';
import type { At, ListV, ObjV, Value } from './values.js';

/** What builtins may ask of the interpreter. Keeps builtins free of interpreter internals. */
export interface Runtime {
  readonly lang: Lang;
  readonly maxUnroll: number;
  /**
   * Inside the extra pass a loop makes over an unknown element (more elements may exist): a list
   * that grows here may grow more than once.
   */
  readonly inOpenIteration: boolean;
  /** Call any callable value. `loop`: the call stands for one iteration of a loop. */
  /** `apply`: the callback of an Output's apply/then, whose resources (`resourcesIn`) the callback waits for. */
  call(fn: Value, args: Value[], at: At, opts?: { loop?: boolean; conditional?: boolean; apply?: boolean; applyOn?: Value }): Value;
  event(kind: EvalEventKind, at: At, detail?: string, value?: Value): void;
  getMember(v: Value, name: string, at: At): Value;
  /** Elements of an iterable value, unrolled up to the budget; `open` when more may exist. */
  iterate(v: Value, at: At): { items: Value[]; open: boolean } | undefined;
  /**
   * A builtin method is about to run on a list or dict. Inside an apply callback, a container made
   * outside it that the method grows is remembered, so the growth is undone when the callback ends.
   */
  beforeMethod(container: ListV | ObjV): void;
  /** Language conversion of a value to a string (str() / String() / template hole). */
  toStr(v: Value, at: At): Value;
}
