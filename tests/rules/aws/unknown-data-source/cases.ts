import * as aws from '@pulumi/aws';
import { ec2, getRandomPasswords } from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpcId = config.require('vpcId');

// --- bad
export const subnetIds = aws.ec2.getSubnetIds({ vpcId }).then((r) => r.ids); // error: [aws/unknown-data-source]
export const password = aws.getRandomPassword({ passwordLength: 32 }); // error: [aws/unknown-data-source]
export const accountId = aws.getAccountIdOutput().accountId; // error: [aws/unknown-data-source]
export const defaultVpc = ec2.getDefaultVpc({}); // error: [aws/unknown-data-source]
export const zones = aws // error: [aws/unknown-data-source]
  .getAvailabilityZoneNames({ state: 'available' })
  .then((z) => z.names);
export const logGroup = aws.logs.getLogGroup({ name: '/aws/lambda/orders' }); // error: [aws/unknown-data-source]

// --- clean
export const region = aws.getRegion().then((r) => r.name);
export const regions = aws.getRegions({ allRegions: true });
export const caller = aws.getCallerIdentityOutput().accountId;
export const ami = aws.ec2.getAmiOutput({ mostRecent: true, owners: ['amazon'], filters: [{ name: 'name', values: ['al2023-ami-*'] }] });
export const subnets = ec2.getSubnets({ filters: [{ name: 'vpc-id', values: [vpcId] }] });
export const secretPassword = aws.secretsmanager.getRandomPassword({ passwordLength: 32 });
export const lambdaFn = aws.lambda.getFunction({ functionName: 'orders' });
// Only in provider 6: a version question, not an invented function.
export const redshiftAccount = aws.redshift.getServiceAccount({});
// A name taken by an import is reported at the import, by code/unknown-sdk-import.
export const passwords = getRandomPasswords({ passwordLength: 32 });

// --- unknown
const lookups: Record<string, (args: object) => Promise<unknown>> = {};
export const dynamic = (aws.ec2 as unknown as typeof lookups)[config.require('lookup')]({});
export function lookup(module: typeof lookups, name: string) {
  return module[name]({});
}
const sdk = require(config.require('sdk'));
export const viaRequire = sdk.getSubnetIds({ vpcId });
