import { describe, expect, test } from 'vitest';
import { camelName, pythonEnumMember, pythonInitParam, pythonName } from '../../src/schema/python-names.js';

describe('pythonName (port of pulumi codegen PyName)', () => {
  test.each([
    ['retentionInDays', 'retention_in_days'],
    ['ipv6CidrBlock', 'ipv6_cidr_block'],
    ['s3Bucket', 's3_bucket'],
    ['enableDns64', 'enable_dns64'],
    ['m3u8Settings', 'm3u8_settings'],
    ['enableResourceNameDnsARecordOnLaunch', 'enable_resource_name_dns_a_record_on_launch'],
    ['ebuTtDDestinationSettings', 'ebu_tt_d_destination_settings'],
    // Acronyms: digits and a plural 's' stay with them; the last capital starts the next word.
    ['SHA256Hash', 'sha256_hash'],
    ['publicIPs', 'public_ips'],
    ['ARNSuffix', 'arn_suffix'],
    // Shipped under the older algorithm and kept by pulumi (the new one would say open_xjson_ser_de).
    ['openXJsonSerDe', 'open_x_json_ser_de'],
    ['getCallerIdentity', 'get_caller_identity'],
    ['lambda', 'lambda_'],
    ['NotAction', 'not_action'],
  ])('%s → %s', (camel, snake) => {
    expect(pythonName(camel)).toBe(snake);
  });
});

test('pythonInitParam steps aside for the constructor parameters', () => {
  expect(pythonInitParam('resourceName')).toBe('resource_name_');
  expect(pythonInitParam('opts')).toBe('opts_');
  expect(pythonInitParam('bucketName')).toBe('bucket_name');
});

describe('pythonEnumMember', () => {
  // Values as in pulumi_aws/lambda_/_enums.py.
  test.each([
    ['NodeJS18dX', 'NODE_JS18D_X'],
    ['Java8AL2', 'JAVA8_AL2'],
    ['Go1dx', 'GO1DX'],
    ['DotnetCore2d1', 'DOTNET_CORE2D1'],
    ['CustomAL2023', 'CUSTOM_AL2023'],
  ])('%s → %s', (member, python) => {
    expect(pythonEnumMember(member)).toBe(python);
  });
});

describe('camelName', () => {
  test.each([
    ['retention_in_days', 'retentionInDays'],
    ['ipv6_cidr_block', 'ipv6CidrBlock'],
    ['s3_bucket', 's3Bucket'],
    ['lambda_', 'lambda'],
    ['name', 'name'],
  ])('%s → %s', (snake, camel) => {
    expect(camelName(snake)).toBe(camel);
  });
});
