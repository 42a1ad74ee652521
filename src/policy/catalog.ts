// Which rules a policy pack runs at `pulumi preview`, and why the others need the source. At preview
// Pulumi hands a policy the resolved inputs of each resource: what the program creates, not how it is
// written. Rules about the text (syntax, imports, unused names, line length, suppressions), about how
// a value is built (Outputs in plain strings, names built from the environment suffix or the clock),
// about the answer's own files (Lambda code in the archive, Pulumi.yaml, package manifests) and the
// request's requirements can only run on source; everything else runs in both places.

import type { RuleDefinition } from '../rules/define-rule.js';

/** Rules that need the program's source, with the reason (a prefix ending in `/` covers a category). */
export const SOURCE_ONLY: readonly { ids: readonly string[]; why: string }[] = [
  { ids: ['code/'], why: 'about the program text itself: syntax, imports, declarations, unused names, line length, suppressions' },
  {
    ids: ['pulumi/output-in-plain-string', 'pulumi/output-in-json', 'pulumi/output-as-dict-key', 'pulumi/output-as-object', 'pulumi/output-compared', 'pulumi/output-in-invoke-args', 'pulumi/await-output', 'pulumi/resource-in-apply'],
    why: 'about how Outputs are used in the code; at preview they are already resolved (or unknown)',
  },
  { ids: ['pulumi/missing-stack-exports', 'pulumi/invalid-project-yaml', 'pulumi/lookup-of-own-resource', 'pulumi/component-child-without-parent', 'aws/unknown-data-source'], why: 'about the entry point, Pulumi.yaml, data-source calls and component code, which a policy does not see' },
  {
    ids: ['naming/missing-environment-suffix', 'naming/environment-suffix-hardcoded', 'naming/environment-tag-hardcoded', 'naming/non-deterministic-name', 'naming/duplicate-resource-name', 'naming/non-unique-bucket-name'],
    why: 'about where a name comes from (the suffix variable, the clock, a loop); at preview only the resulting string is there, and the engine itself rejects duplicate URNs',
  },
  {
    ids: ['aws/hardcoded-availability-zone', 'aws/hardcoded-resource-id', 'aws/hardcoded-account-id', 'aws/hardcoded-region', 'aws/wrong-argument-kind'],
    why: 'about how a value is written (a literal instead of a lookup, a quoted number); at preview a value looked up or read from configuration is indistinguishable from a literal, and the engine hands provider settings over as strings',
  },
  { ids: ['aws/unknown-argument', 'aws/codepipeline-artifact-store-singular'], why: 'about arguments the resource does not declare; the SDK drops them before the engine sees the resource, so a policy never gets them' },
  {
    ids: ['aws/lambda-code-undefined-name', 'aws/lambda-env-var-not-set', 'aws/lambda-handler-reads-missing-event-field', 'security/lambda-sdk-call-not-permitted'],
    why: 'about the Lambda handler code the program packages; a policy gets the archive as an asset reference, not its source',
  },
  { ids: ['aws/asset-path-missing', 'aws/lambda-dependency-not-packaged', 'aws/unknown-attribute', 'aws/apigw-url-from-execution-arn'], why: 'about the answer’s files (archives, handler code) and attribute reads in the code' },
];

export function sourceOnlyReason(id: string): string | undefined {
  return SOURCE_ONLY.find((g) => g.ids.some((x) => (x.endsWith('/') ? id.startsWith(x) : id === x)))?.why;
}

/** The rules a policy pack runs. */
export function previewRules(rules: readonly RuleDefinition[]): RuleDefinition[] {
  return rules.filter((r) => sourceOnlyReason(r.id) === undefined);
}
