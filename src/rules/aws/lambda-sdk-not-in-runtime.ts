import { sdkV2Use } from '../_shared/lambda-sdk-v2.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'aws/lambda-sdk-not-in-runtime',
  class: 'PACKAGING-ASSETS',
  severity: 'high',
  category: 'aws',
  resourceTypes: ['aws:lambda/function:Function'],
  messages: {
    sdkV2: 'The handler{{file}} loads the AWS SDK v2 (`aws-sdk`), which the `{{runtime}}` runtime does not include and the code archive does not contain: every invocation fails with "Cannot find module \'aws-sdk\'". Use the v3 clients (`@aws-sdk/client-*`), which the runtime provides, or package `aws-sdk` with the code.',
  },
  title: 'Handler{{file}} loads AWS SDK v2, which {{runtime:code}} does not include ({{counted}})',
  fixHint: 'Import the v3 clients (`const { S3Client } = require("@aws-sdk/client-s3")`), which Node.js 18+ runtimes provide; or list `aws-sdk` in the function\'s package.json and install it into the archive.',
  docs: {
    summary: 'A Node.js Lambda handler that loads the AWS SDK v2 (`aws-sdk`) on nodejs18.x or later, where the runtime provides only the v3 SDK, and the function has no other way to get it.',
    why: 'Up to nodejs16.x the Lambda runtime shipped `aws-sdk` v2, so handlers could `require("aws-sdk")` without packaging it. Node.js 18 and later runtimes include only the v3 clients (`@aws-sdk/*`): the same handler deploys fine and then fails on every invocation with "Cannot find module \'aws-sdk\'".',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });\nconst fn = new aws.lambda.Function('fn', {\n  runtime: 'nodejs20.x',\n  handler: 'index.handler',\n  role: role.arn,\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset("const AWS = require('aws-sdk');\\nexports.handler = async () => new AWS.S3().listBuckets().promise();\\n") }),\n});\nexport const name = fn.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn", assume_role_policy=aws.iam.get_policy_document(statements=[{"actions": ["sts:AssumeRole"], "principals": [{"type": "Service", "identifiers": ["lambda.amazonaws.com"]}]}]).json)\nfn = aws.lambda_.Function("fn", runtime="nodejs20.x", handler="index.handler", role=role.arn,\n    code=pulumi.AssetArchive({"index.js": pulumi.StringAsset("const AWS = require('aws-sdk');\\nexports.handler = async () => new AWS.S3().listBuckets().promise();\\n")}))\npulumi.export("name", fn.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });\nconst fn = new aws.lambda.Function('fn', {\n  runtime: 'nodejs20.x',\n  handler: 'index.handler',\n  role: role.arn,\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset("const { S3Client, ListBucketsCommand } = require('@aws-sdk/client-s3');\\nexports.handler = async () => new S3Client({}).send(new ListBucketsCommand({}));\\n") }),\n});\nexport const name = fn.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("fn", assume_role_policy=aws.iam.get_policy_document(statements=[{"actions": ["sts:AssumeRole"], "principals": [{"type": "Service", "identifiers": ["lambda.amazonaws.com"]}]}]).json)\nfn = aws.lambda_.Function("fn", runtime="nodejs20.x", handler="index.handler", role=role.arn,\n    code=pulumi.AssetArchive({"index.js": pulumi.StringAsset("const { S3Client, ListBucketsCommand } = require('@aws-sdk/client-s3');\\nexports.handler = async () => new S3Client({}).send(new ListBucketsCommand({}));\\n")}))\npulumi.export("name", fn.name)\n`,
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html', 'https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/migrating.html'],
    notes: 'Judged when the runtime is a known nodejs18.x or later and the handler code is known (inline StringAssets, answer files and directories). A function that may get `aws-sdk` otherwise (a layer, a vendored `node_modules/aws-sdk`, or a package.json the answer tells the reader to install in the code directory) is not reported here; aws/lambda-runtime-deprecated reports that the bundled v2 SDK is past its end of support.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const v2 = sdkV2Use(ctx, r);
      if (v2 && !v2.bundled) ctx.report({ messageId: 'sdkV2', data: { runtime: v2.runtime, file: v2.file }, at: v2.at, resource: r });
    }
  },
});
