import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
const env = config.get('environment').toLowerCase(); // error: [code/unchecked-optional-config]
const azs = config.getObject<string[]>('azs').map((az) => `${az}`); // error: [code/unchecked-optional-config]
const token = config.getSecret('apiToken').apply((t) => t.length); // error: [code/unchecked-optional-config]
const rules = JSON.parse(config.get('rules')); // error: [code/unchecked-optional-config]
const port = parseInt(config.get('port'), 10); // error: [code/unchecked-optional-config]
class Settings {
  readonly tier: string;
  constructor(c: pulumi.Config) {
    this.tier = c.get('tier').trim(); // error: [code/unchecked-optional-config]
  }
}

// --- clean
const region = (config.get('region') ?? 'us-east-1').toUpperCase();
const suffix = config.require('environmentSuffix').toLowerCase();
const owner = config.get('owner')!.trim();
const team = (config.get('team') as string).trim();
const project = config.get('project')?.trim();
const count = config.getNumber('count') ?? 2;
const limits = JSON.parse(config.get('limits') ?? '{}');
const retries = parseInt(config.get('retries')!, 10);
const tags = JSON.parse(config.require('tags'));

// --- unknown
export function tierOf(c: any) {
  return c.get('tier').trim();
}
const stored = config.get('stored');
const storedLength = stored ? stored.length : 0;

new aws.sqs.Queue(`jobs-${env}`, {
  tags: {
    Region: region,
    Suffix: suffix,
    Owner: owner,
    Team: team,
    Project: project ?? '',
    Count: String(count),
    Azs: azs.join(','),
    Tier: new Settings(config).tier,
    Stored: String(storedLength),
    Rules: String(rules),
    Port: String(port),
    Limits: String(limits),
    Retries: String(retries),
    Extra: String(tags),
  },
});
export const tokenLength = token;
