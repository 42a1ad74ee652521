import { describe, expect, test } from 'vitest';
import { extractRequirements } from '../../src/requirements/extract.js';
import { requirementsFromYaml, requirementsToYaml, RequirementsSpecError } from '../../src/requirements/yaml.js';

const prompt = ['## Requirements', '', '- Configure 30-day retention for all log groups', '- Lambda environment variables must include TENANT_ID and TENANT_SUBNET', '- Deploy to **us-east-1** region'].join('\n');

describe('requirements spec', () => {
  test('round-trips through YAML', () => {
    const reqs = extractRequirements(prompt, 'lib/PROMPT.md');
    const yaml = requirementsToYaml(reqs);
    expect(yaml).toContain('kind: log-retention');
    expect(yaml).toContain('params: { days: 30 }');
    expect(yaml).toContain('# CloudWatch log groups keep logs');
    expect(requirementsFromYaml(yaml)).toEqual(reqs);
  });

  test('accepts a hand-written spec with defaults for what it leaves out', () => {
    const reqs = requirementsFromYaml('requirements:\n  - kind: required-service\n    params: { service: waf }\n  - kind: pitr\n');
    expect(reqs[0]).toMatchObject({ kind: 'required-service', class: 'REQ-MISSING-RESOURCE', line: 0, confidence: 1 });
    expect(reqs[1]).toMatchObject({ kind: 'pitr', params: {}, class: 'DB-BACKUP-PITR' });
  });

  const bad: [string, string, RegExp][] = [
    ['invalid YAML', 'requirements:\n  - kind: pitr\n   params: {', /^spec\.yaml:\d+:\d+: /],
    ['no list', 'kind: pitr\n', /spec\.yaml:1:1: expected a `requirements:` list/],
    ['an unknown kind', 'requirements:\n  - kind: retention\n', /spec\.yaml:2:11: unknown requirement kind "retention"/],
    ['an unknown parameter', 'requirements:\n  - kind: log-retention\n    params: { dayz: 30 }\n', /spec\.yaml:3:15: log-retention has no parameter 'dayz' \(it takes days, min, max\)/],
    ['a missing parameter', 'requirements:\n  - kind: region\n    params: {}\n', /spec\.yaml:2:5: region needs the parameter 'region'/],
    ['a wrong type', 'requirements:\n  - kind: log-retention\n    params: { days: thirty }\n', /spec\.yaml:3:21: log-retention parameter 'days' must be a number/],
    ['a value outside the enumeration', 'requirements:\n  - kind: nat-gateways\n    params: { mode: two }\n', /nat-gateways parameter 'mode' must be one of per-az, single, none/],
    ['an unknown class', 'requirements:\n  - kind: pitr\n    class: BACKUPS\n', /spec\.yaml:3:12: unknown class "BACKUPS"/],
  ];
  test.each(bad)('rejects %s with the line and the problem', (_what, text, message) => {
    expect(() => requirementsFromYaml(text, 'spec.yaml')).toThrow(RequirementsSpecError);
    expect(() => requirementsFromYaml(text, 'spec.yaml')).toThrow(message);
  });
});
