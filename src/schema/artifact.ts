// The schema artifact file (src/schema/data/aws-<major>.schema, written by scripts/schema/artifact.mjs).
//
// Line 1 is a JSON header; the rest is one gzip member per module, at the header's `chunks` offsets
// (counted from the byte after the header's newline). Whole, the schema is ~5 MB of JSON whose first
// JSON.parse alone takes ~250 ms; split by module, opening the file costs a read and a small parse, and
// a module is inflated and parsed the first time something in it is looked up (ec2, one of the largest,
// in ~25 ms).
//
// Records keep the generator's compact shapes; schema-index.ts turns them into the public types:
// - object type: `{ p: { name: spec }, d?: { name: deprecation } }`; a spec is flags (`!` required,
//   `~` not wrapped in pulumi.Input) followed by a kind string (grammar in kind.ts)
// - deprecation: the message, or `[message, replacement]` when the replacement resolved
// - a resource's `in` are its args, `out` its output properties (their kinds name output types), `s`
//   the properties the provider stores as secrets

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export const ARTIFACT_FORMAT = 1;

export type RawDeprecation = string | readonly [message: string, replacement: string];

export interface RawObjectType {
  readonly p: Readonly<Record<string, string>>;
  readonly d?: Readonly<Record<string, RawDeprecation>>;
}

export interface RawResource {
  readonly path: string;
  readonly in: RawObjectType;
  readonly out: RawObjectType;
  /** Properties the provider keeps as secrets in the state (absent when none). */
  readonly s?: readonly string[];
  readonly d?: RawDeprecation;
}

export interface RawFunction {
  readonly path: string;
  readonly in?: RawObjectType;
  readonly positional?: true;
  /** An object result, or the kind of a single-value one. */
  readonly out?: RawObjectType | string;
  readonly output?: true;
  readonly d?: RawDeprecation;
}

export interface RawEnum {
  readonly v: Readonly<Record<string, string>>;
  readonly d?: Readonly<Record<string, RawDeprecation>>;
}

/** What one module holds; keys are type tokens (resources, functions) or `<module>.<Name>` paths. */
export interface ModuleChunk {
  readonly resources: Readonly<Record<string, RawResource>>;
  readonly functions: Readonly<Record<string, RawFunction>>;
  readonly types: Readonly<Record<string, RawObjectType>>;
  readonly outputTypes: Readonly<Record<string, RawObjectType>>;
  readonly enums: Readonly<Record<string, RawEnum>>;
  /** TypeScript-only exports (`CallbackFunction`, `InstanceTypes`, legacy runtime constants). */
  readonly extras: readonly string[];
}

export interface ArtifactHeader {
  readonly format: number;
  readonly package: string;
  /** The @pulumi/aws release the artifact was generated from. */
  readonly version: string;
  /** sha256 of the whole schema's JSON, as the generator built it; the drift test compares it. */
  readonly sha256: string;
  /** TypeScript module names; a chunk's key is the module, `index` for the package root. */
  readonly modules: readonly string[];
  readonly chunks: Readonly<Record<string, readonly [offset: number, length: number]>>;
  readonly pythonIrregular: Readonly<Record<string, string>>;
}

export interface Artifact {
  readonly header: ArtifactHeader;
  /** A module's records (`index` for the root), inflated on first use and kept. */
  chunk(module: string): ModuleChunk | undefined;
}

export function readArtifact(path: URL | string): Artifact {
  const bytes = readFileSync(path);
  const newline = bytes.indexOf(10);
  const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as ArtifactHeader;
  if (header.format !== ARTIFACT_FORMAT) {
    throw new Error(`${String(path)}: schema format ${header.format}, expected ${ARTIFACT_FORMAT}; run npm run schema`);
  }
  const base = newline + 1;
  const chunks = new Map<string, ModuleChunk>();
  return {
    header,
    chunk(module) {
      let chunk = chunks.get(module);
      const at = Object.hasOwn(header.chunks, module) ? header.chunks[module] : undefined;
      if (!chunk && at) {
        const [offset, length] = at;
        const json = gunzipSync(bytes.subarray(base + offset, base + offset + length)).toString('utf8');
        chunk = JSON.parse(json) as ModuleChunk;
        chunks.set(module, chunk);
      }
      return chunk;
    },
  };
}
