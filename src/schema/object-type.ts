// Artifact records → the public object type and deprecation shapes.

import type { RawDeprecation, RawObjectType } from './artifact.js';
import { parseKind } from './kind.js';
import { pythonName } from './python-names.js';
import type { Deprecation, ObjectTypeSchema, PropertySchema } from './types.js';

export function toDeprecation(raw: RawDeprecation | undefined): Deprecation | undefined {
  if (raw === undefined) return undefined;
  return typeof raw === 'string' ? { message: raw } : { message: raw[0], replacement: raw[1] };
}

export class ObjectType implements ObjectTypeSchema {
  readonly properties: readonly PropertySchema[];
  private readonly byName = new Map<string, PropertySchema>();

  /** `keyword` gives a further Python spelling to accept (a resource constructor's keywords). */
  constructor(
    readonly name: string,
    raw: RawObjectType,
    keyword: (camel: string) => string = pythonName,
  ) {
    const properties: PropertySchema[] = [];
    for (const [name, spec] of Object.entries(raw.p)) {
      const flags = /^[!~]*/.exec(spec)![0];
      const deprecated = toDeprecation(raw.d?.[name]);
      const property: PropertySchema = {
        name,
        pythonName: pythonName(name),
        kind: parseKind(spec.slice(flags.length)),
        required: flags.includes('!'),
        input: !flags.includes('~'),
        ...(deprecated && { deprecated }),
      };
      properties.push(property);
      this.byName.set(name, property);
    }
    // Python names second, so a camelCase name wins if the two spellings ever meet.
    for (const p of properties) {
      for (const alias of [p.pythonName, keyword(p.name)]) if (!this.byName.has(alias)) this.byName.set(alias, p);
    }
    this.properties = properties;
  }

  property(name: string): PropertySchema | undefined {
    return this.byName.get(name);
  }
}
