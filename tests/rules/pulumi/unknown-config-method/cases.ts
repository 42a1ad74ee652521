import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
const token = config.get_secret('apiToken'); // error: [pulumi/unknown-config-method]
const retention = config.get_number('retentionDays') ?? 14; // error: [pulumi/unknown-config-method]
const region = config.getString('region') ?? 'us-east-1'; // error: [pulumi/unknown-config-method]
const replicas = config.requireInt('replicas'); // error: [pulumi/unknown-config-method]
class Settings {
  readonly debug: boolean;
  constructor(c: pulumi.Config) {
    this.debug = c.get_bool('debug') ?? false; // error: [pulumi/unknown-config-method]
  }
}

// --- clean
const suffix = config.require('environmentSuffix');
const count = config.getNumber('count') ?? 2;
const verbose = config.getBoolean('verbose') ?? false;
const password = config.requireSecret('dbPassword');
const azs = config.getObject<string[]>('azs') ?? [];
const awsConfig = new pulumi.Config('aws');
const awsRegion = awsConfig.require('region');

// --- unknown
export function read(c: any) {
  return c.get_secret('name');
}

new aws.cloudwatch.LogGroup('app', {
  retentionInDays: retention,
  tags: {
    Region: region,
    Suffix: suffix,
    Count: String(count),
    Verbose: String(verbose),
    Replicas: String(replicas),
    Debug: String(new Settings(config).debug),
    Azs: azs.join(','),
    AwsRegion: awsRegion,
  },
});
export const secrets = pulumi.all([token, password]).apply(([t, p]) => `${t ?? ''}${p}`.length);
