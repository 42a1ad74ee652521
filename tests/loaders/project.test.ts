import { describe, expect, test } from 'vitest';
import { parsePulumiYaml, parseStackConfig, stackConfigsOf } from '../../src/loaders/project.js';
import { awsProviderVersion } from '../../src/loaders/versions.js';

describe('Pulumi.yaml facts', () => {
  test('runtime as a string or as {name}', () => {
    expect(parsePulumiYaml('Pulumi.yaml', 'name: a\nruntime: python\n').runtime).toBe('python');
    expect(parsePulumiYaml('Pulumi.yaml', 'name: a\nruntime:\n  name: nodejs\n  options:\n    typescript: true\n').runtime).toBe('nodejs');
  });

  test('config: only an explicit `default:` counts as a declared default', () => {
    const text = [
      'name: a',
      'runtime: nodejs',
      'config:',
      '  aws:region: us-east-1', // a value, not a default
      '  env:',
      '    value: dev', // a value, not a default
      '  size:',
      '    type: integer',
      '    default: 3',
      '  tags:',
      '    default:',
      '      team: core',
      '',
    ].join('\n');
    const facts = parsePulumiYaml('Pulumi.yaml', text);
    expect(facts.parseError).toBeUndefined();
    expect(facts.config).toEqual([
      { key: 'aws:region', hasDefault: false, offset: text.indexOf('aws:region') },
      { key: 'env', hasDefault: false, offset: text.indexOf('env:'), attributes: ['value'], hasItems: false, hasValue: true },
      { key: 'size', hasDefault: true, default: 3, offset: text.indexOf('size:'), attributes: ['type', 'default'], type: 'integer', hasItems: false, hasValue: false },
      { key: 'tags', hasDefault: true, default: { team: 'core' }, offset: text.indexOf('tags:'), attributes: ['default'], hasItems: false, hasValue: false },
    ]);
  });

  test('invalid YAML is a parse error, never a throw; what parsed is kept', () => {
    const facts = parsePulumiYaml('Pulumi.yaml', 'name: a\nruntime: [nodejs\n');
    expect(facts.parseError).toBeDefined();
    expect(facts.name).toBe('a');
    expect(parsePulumiYaml('Pulumi.yaml', '- a\n- b\n').parseError).toMatch(/not a mapping/);
  });
});

describe('awsProviderVersion', () => {
  const v = (path: string, text: string) => awsProviderVersion([{ path, text }]);

  test.each([
    ['package.json', '{"dependencies": {"@pulumi/aws": "^6.0.0"}}', '^6.0.0'],
    ['package.json', '{"devDependencies": {"@pulumi/aws": "7.1.0"}}', '7.1.0'],
    ['package.json', '{ // comment\n "dependencies": { "@pulumi/aws": "~6.5.0", } }', '~6.5.0'],
    ['requirements.txt', 'pulumi>=3\npulumi-aws>=6.0.0,<7.0.0\n', '>=6.0.0,<7.0.0'],
    ['requirements.txt', 'pulumi_aws == 6.2.1  # pinned\n', '== 6.2.1'],
    ['requirements.txt', 'pulumi-aws-native>=1.0\n', undefined],
    ['requirements.txt', 'pulumi-aws\n', undefined],
    ['pyproject.toml', '[tool.poetry.dependencies]\npulumi-aws = "^6.0.0"\n', '^6.0.0'],
    ['pyproject.toml', '[tool.poetry.dependencies]\npulumi-aws = { version = "^6.3" }\n', '^6.3'],
    ['pyproject.toml', '[project]\ndependencies = ["pulumi>=3", "pulumi-aws>=6.0.0,<7"]\n', '>=6.0.0,<7'],
    ['Pipfile', '[packages]\npulumi-aws = ">=6.0"\n', '>=6.0'],
  ])('%s: %j → %s', (path, text, version) => {
    expect(v(path, text)).toBe(version);
  });

  test('the shallowest package file that states a version wins', () => {
    expect(
      awsProviderVersion([
        { path: 'lib/lambda/package.json', text: '{"dependencies": {"@pulumi/aws": "^5.0.0"}}' },
        { path: 'package.json', text: '{"dependencies": {"@pulumi/aws": "^6.0.0"}}' },
      ]),
    ).toBe('^6.0.0');
  });
});

describe('stack settings files', () => {
  test('the keys under config:, with offsets, and only the files beside Pulumi.yaml', () => {
    const text = 'encryptionsalt: abc\nconfig:\n  aws:region: us-east-1\n  app:size:\n    secure: xyz\n';
    const facts = parseStackConfig('Pulumi.dev.yaml', text);
    expect(facts.stack).toBe('dev');
    expect(facts.keys).toEqual([
      { key: 'aws:region', offset: text.indexOf('aws:region') },
      { key: 'app:size', offset: text.indexOf('app:size') },
    ]);
    const file = (path: string) => ({ path, language: 'yaml' as const, role: 'context' as const, text, hostPath: path, segments: [], snippet: false });
    const project = { file: 'infra/Pulumi.yaml', config: [] };
    expect(stackConfigsOf([file('infra/Pulumi.dev.yaml'), file('Pulumi.prod.yaml')], project).map((s) => s.file)).toEqual(['infra/Pulumi.dev.yaml']);
  });
});
