import type { SourceFile } from './source.js';

/** A problem found while loading or parsing, before any rule runs. Always becomes a finding. */
export interface Diagnostic {
  /** Rule-like id, e.g. `parse/syntax-error`, `load/no-code`. */
  code: string;
  /** Taxonomy class the diagnostic maps to (e.g. CODE-TYPE-COMPILE). */
  class: string;
  severity: 'critical' | 'high' | 'medium' | 'low';
  message: string;
  /** Virtual file and offsets; absent when the problem concerns the whole input. */
  file?: string;
  start?: number;
  end?: number;
}

/** Facts read from Pulumi.yaml. */
export interface PulumiProjectFacts {
  file: string;
  name?: string;
  runtime?: string;
  main?: string;
  description?: string;
  /** `config:` entries: key → declared default (undefined when none) and whether a default was declared. */
  config: ProjectConfigEntry[];
  parseError?: string;
}

/** One `config:` entry of Pulumi.yaml. */
export interface ProjectConfigEntry {
  key: string;
  hasDefault: boolean;
  default?: unknown;
  offset: number;
  /** The attributes of a declaration written as a mapping (`type`, `default`, `value`, ...); absent for the scalar shorthand. */
  attributes?: string[];
  /** The declared `type`, as written. */
  type?: unknown;
  /** The `items` declaration of an array, when one is written. */
  hasItems?: boolean;
  hasValue?: boolean;
}

/** Facts read from a stack settings file, Pulumi.<stack>.yaml. */
export interface StackConfigFacts {
  file: string;
  stack: string;
  /** Keys under `config:`, with their offsets in the file. */
  keys: { key: string; offset: number }[];
  /** Keys under `config:` whose value is `secure: <ciphertext>`, with the ciphertext. */
  secure?: { key: string; value: string; offset: number }[];
  /** Keys under `config:` whose value is a plain (unencrypted) non-empty string, with the value. */
  plain?: { key: string; value: string; offset: number }[];
  /** Top-level keys that look like config keys (`aws:region`) written outside `config:`. */
  outside?: { key: string; offset: number }[];
  parseError?: string;
}

/** One unit of analysis: a project directory, a single file, or a Markdown answer. */
export interface ProgramInput {
  /** What the user pointed at (file, directory or .md answer), as given. */
  root: string;
  kind: 'file' | 'directory' | 'markdown';
  files: SourceFile[];
  /** Entry point file (virtual path) when one is known. */
  entry?: string;
  project?: PulumiProjectFacts;
  /** Stack settings files beside Pulumi.yaml (or anywhere, when the answer gives no Pulumi.yaml). */
  stackConfigs?: StackConfigFacts[];
  /** Declared @pulumi/aws / pulumi_aws version constraint, when a package file states one. */
  awsProviderVersion?: string;
  diagnostics: Diagnostic[];
  /** Host file texts by path, so reporters can compute lines and code frames. */
  hosts: Map<string, string>;
}
