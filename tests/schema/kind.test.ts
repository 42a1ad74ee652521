import { describe, expect, test } from 'vitest';
import { enumOf, parseKind } from '../../src/schema/kind.js';

describe('parseKind', () => {
  test.each([
    ['s', { kind: 'string' }],
    ['[n', { kind: 'array', of: { kind: 'number' } }],
    ['{[s', { kind: 'map', of: { kind: 'array', of: { kind: 'string' } } }],
    ['[(s|^iam.Role)', { kind: 'array', of: { kind: 'union', of: [{ kind: 'string' }, { kind: 'resource', resource: 'iam.Role' }] } }],
    ['asset|archive', { kind: 'union', of: [{ kind: 'asset' }, { kind: 'archive' }] }],
    ["'*'|@iam.AWSPrincipal", { kind: 'union', of: [{ kind: 'literal', value: '*' }, { kind: 'object', type: 'iam.AWSPrincipal' }] }],
    ['s|%lambda.Runtime', { kind: 'union', of: [{ kind: 'string' }, { kind: 'enum', enum: 'lambda.Runtime' }] }],
  ])('%s', (text, kind) => {
    expect(parseKind(text)).toEqual(kind);
  });

  test.each(['', 'x', '[', '(s', '@', "'open"])('rejects %j', (text) => {
    expect(() => parseKind(text)).toThrow();
  });
});

describe('enumOf', () => {
  test('closed only without a plain string alternative', () => {
    expect(enumOf(parseKind('%iam.PolicyDocumentVersion'))).toEqual({ enum: 'iam.PolicyDocumentVersion', closed: true });
    expect(enumOf(parseKind('s|%lambda.Runtime'))).toEqual({ enum: 'lambda.Runtime', closed: false });
    expect(enumOf(parseKind('s'))).toBeUndefined();
  });
});
