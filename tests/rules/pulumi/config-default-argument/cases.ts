import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
const region = config.get('region', 'us-east-1'); // error: [pulumi/config-default-argument]
const retention = config.getNumber('retentionDays', 14); // error: [pulumi/config-default-argument]
const suffix = config.require('environmentSuffix', `dev`); // error: [pulumi/config-default-argument]
const debug = config.getBoolean('debug', { default: false } as any); // error: [pulumi/config-default-argument]
class Settings {
  readonly azs: string[];
  constructor(c: pulumi.Config) {
    this.azs = c.getObject<string[]>('azs', ['us-east-1a', 'us-east-1b'] as any) ?? []; // error: [pulumi/config-default-argument]
  }
}

// --- clean
const tier = config.get('tier', { allowedValues: ['small', 'large'] }) ?? 'small';
const count = config.getNumber('count', { min: 1, max: 5 }) ?? 2;
const owner = config.get('owner') ?? 'platform';

// --- unknown
export function read(c: pulumi.Config, fallback: pulumi.StringConfigOptions) {
  return c.get('name', fallback);
}

new aws.cloudwatch.LogGroup('app', { retentionInDays: retention, tags: { Region: region ?? '', Suffix: suffix, Tier: tier, Owner: owner, Debug: String(debug), Count: String(count), Azs: new Settings(config).azs.join(',') } });
