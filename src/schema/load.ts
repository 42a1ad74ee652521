// Loading the committed schema artifacts. stacklint's runtime never needs @pulumi/aws itself.

import { readArtifact } from './artifact.js';
import { createSchemaIndex } from './schema-index.js';
import type { AwsMajor, SchemaIndex } from './types.js';

const loaded = new Map<AwsMajor, SchemaIndex>();

/**
 * The schema of the newest pinned @pulumi/aws release of a major version, loaded on first use and kept.
 * Opening it reads the file's header only (a few ms); modules are decoded as lookups reach them.
 */
export function loadAwsSchema(major: AwsMajor): SchemaIndex {
  let index = loaded.get(major);
  if (!index) {
    index = createSchemaIndex(readArtifact(artifactUrl(major)), major);
    loaded.set(major, index);
  }
  return index;
}

/**
 * The artifacts stay in src/schema/data: this module runs from src/schema (tests) and from dist/schema
 * (the built CLI), both two levels below the package root, so one relative URL serves both.
 */
export function artifactUrl(major: AwsMajor): URL {
  return new URL(`../../src/schema/data/aws-${major}.schema`, import.meta.url);
}
