import type { Value } from './values.js';

let serial = 0;

/**
 * A lexical scope. `serial` orders scope creation so that, while a branch of an unknown condition is
 * evaluated, writes to scopes created before the branch can be journaled and undone (see Journal).
 */
export class Scope {
  readonly vars = new Map<string, Value>();
  readonly serial = ++serial;
  /** Python: names declared `global`/`nonlocal` are written in the enclosing scope. */
  outerNames?: Set<string>;

  constructor(
    readonly parent: Scope | undefined,
    /** Function (or module) scope: target of `var` and of Python assignments. */
    readonly isFunction: boolean,
    /** `this` / `self` binding of the function that owns this scope (arrows inherit the lexical one). */
    readonly thisVal?: Value,
  ) {}

  lookupScope(name: string): Scope | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.vars.has(name)) return s;
    return undefined;
  }

  functionScope(): Scope {
    for (let s: Scope = this; ; s = s.parent!) if (s.isFunction || !s.parent) return s;
  }

  lexicalThis(): Value | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.thisVal) return s.thisVal;
    return undefined;
  }
}

/**
 * Records the first overwrite of each variable that lives in a scope older than the branch, so the
 * branch's writes can be collected and rolled back before the other branch runs.
 */
export class Journal {
  readonly saved = new Map<Scope, Map<string, Value | undefined>>();
  constructor(readonly startSerial: number) {}

  note(scope: Scope, name: string): void {
    if (scope.serial > this.startSerial) return;
    let m = this.saved.get(scope);
    if (!m) {
      m = new Map();
      this.saved.set(scope, m);
    }
    if (!m.has(name)) m.set(name, scope.vars.get(name));
  }

  /** Current values of journaled variables, then restore the values from before the branch. */
  collectAndRestore(): Map<Scope, Map<string, Value | undefined>> {
    const now = new Map<Scope, Map<string, Value | undefined>>();
    for (const [scope, names] of this.saved) {
      const m = new Map<string, Value | undefined>();
      for (const [name, old] of names) {
        m.set(name, scope.vars.get(name));
        if (old === undefined) scope.vars.delete(name);
        else scope.vars.set(name, old);
      }
      now.set(scope, m);
    }
    return now;
  }
}

export function nextScopeSerial(): number {
  return serial;
}
