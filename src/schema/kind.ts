// Kinds are stored as short strings (a property per string keeps the artifact small):
//
//   kind := alt ('|' alt)*          union
//   alt  := 's' | 'n' | 'b' | 'a'   string, number, boolean, any
//         | 'asset' | 'archive'
//         | "'" text "'"            string literal type
//         | '[' alt                 array of
//         | '{' alt                 map (string keys) of
//         | '(' kind ')'
//         | '@' name                nested object type (`@ec2.SecurityGroupIngress`)
//         | '%' name                SDK enum (`%lambda.Runtime`)
//         | '^' name                resource accepted as a reference (`^iam.Role`)

import type { Kind } from './types.js';

const SCALARS: Record<string, Kind> = {
  s: { kind: 'string' },
  n: { kind: 'number' },
  b: { kind: 'boolean' },
  a: { kind: 'any' },
  asset: { kind: 'asset' },
  archive: { kind: 'archive' },
};

const cache = new Map<string, Kind>();

export function parseKind(text: string): Kind {
  let kind = cache.get(text);
  if (!kind) {
    const parser = new KindParser(text);
    kind = parser.union();
    if (!parser.done()) throw new Error(`bad kind '${text}' at ${parser.pos}`);
    cache.set(text, kind);
  }
  return kind;
}

class KindParser {
  pos = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.pos === this.text.length;
  }

  union(): Kind {
    const members = [this.alt()];
    while (this.text[this.pos] === '|') {
      this.pos++;
      members.push(this.alt());
    }
    return members.length === 1 ? members[0]! : { kind: 'union', of: members };
  }

  private alt(): Kind {
    const c = this.text[this.pos++];
    switch (c) {
      case '[':
        return { kind: 'array', of: this.alt() };
      case '{':
        return { kind: 'map', of: this.alt() };
      case '(': {
        const inner = this.union();
        this.expect(')');
        return inner;
      }
      case '@':
        return { kind: 'object', type: this.name() };
      case '%':
        return { kind: 'enum', enum: this.name() };
      case '^':
        return { kind: 'resource', resource: this.name() };
      case "'": {
        const end = this.text.indexOf("'", this.pos);
        if (end < 0) throw new Error(`unterminated literal in kind '${this.text}'`);
        const value = this.text.slice(this.pos, end);
        this.pos = end + 1;
        return { kind: 'literal', value };
      }
    }
    this.pos--;
    const word = /^[a-z]+/.exec(this.text.slice(this.pos))?.[0] ?? '';
    const scalar = SCALARS[word];
    if (!scalar) throw new Error(`bad kind '${this.text}' at ${this.pos}`);
    this.pos += word.length;
    return scalar;
  }

  private name(): string {
    const name = /^[\w.]+/.exec(this.text.slice(this.pos))?.[0];
    if (!name) throw new Error(`missing name in kind '${this.text}' at ${this.pos}`);
    this.pos += name.length;
    return name;
  }

  private expect(c: string): void {
    if (this.text[this.pos] !== c) throw new Error(`expected '${c}' in kind '${this.text}' at ${this.pos}`);
    this.pos++;
  }
}

/**
 * The enum a kind draws its values from, and whether the kind admits only those values. Enum-typed
 * inputs are usually `string | enums.X` (`closed: false`): TypeScript accepts any string there, yet the
 * enum lists the values the provider knows, so a known value outside it is worth a warning, not an error.
 */
export function enumOf(kind: Kind): { enum: string; closed: boolean } | undefined {
  if (kind.kind === 'enum') return { enum: kind.enum, closed: true };
  if (kind.kind !== 'union') return undefined;
  const e = kind.of.find((k) => k.kind === 'enum');
  if (!e || e.kind !== 'enum') return undefined;
  return { enum: e.enum, closed: !kind.of.some((k) => k.kind === 'string') };
}
