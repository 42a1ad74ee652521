import { strip } from '../_shared/handler-code.js';
import { sdkCalls } from '../_shared/handler-sdk-calls.js';
import { handlerTexts } from '../_shared/lambda-code.js';
import { defineRule } from '../define-rule.js';

/**
 * List and scan operations whose one call returns a bounded page, by IAM service prefix and
 * operation (lowercase, no underscores): what one page holds and the token that fetches the next.
 * Only operations whose page bound AWS documents for a call without a limit are listed; EC2's
 * Describe calls, which return everything when no MaxResults is given, are not.
 */
const PAGED: Record<string, Record<string, { page: string; token: string }>> = {
  s3: {
    listobjectsv2: { page: 'at most 1,000 keys', token: 'ContinuationToken' },
    listobjects: { page: 'at most 1,000 keys', token: 'Marker' },
    listobjectversions: { page: 'at most 1,000 versions', token: 'KeyMarker' },
  },
  dynamodb: { scan: { page: 'at most 1 MB of items', token: 'LastEvaluatedKey' } },
  ssm: { getparametersbypath: { page: 'at most 10 parameters', token: 'NextToken' } },
  lambda: { listfunctions: { page: 'at most 50 functions', token: 'NextMarker' } },
  logs: {
    describeloggroups: { page: 'at most 50 log groups', token: 'nextToken' },
    describelogstreams: { page: 'at most 50 log streams', token: 'nextToken' },
  },
};

/** Anything in the handler that follows pages: a paginator, a page token, a truncation flag. */
const FOLLOWS_PAGES = /get_paginator|\bpaginate[A-Z]\w*|\bpaginate\s*\(|\bNextToken\b|\bnextToken\b|\bContinuationToken\b|\bNextContinuationToken\b|\bLastEvaluatedKey\b|\bExclusiveStartKey\b|\bNextMarker\b|\bMarker\b|\bKeyMarker\b|\bIsTruncated\b/;

/**
 * A page size given in the call (the handler asks for a bounded page on purpose), or a log group or
 * stream looked up by its name prefix (a point lookup that reads the first match).
 */
const LIMITED = /\b(?:MaxKeys|Limit|MaxResults|MaxItems|limit|logGroupNamePrefix|logGroupNamePattern|logStreamNamePrefix)\b\s*[:=]/;

/** `list_objects_v2`, `ListObjectsV2Command`, `listObjectsV2` → `listobjectsv2`. */
function opKey(written: string): string {
  return written.replace(/Command$/, '').replace(/_/g, '').toLowerCase();
}

/** The argument text of the call that starts at `from` (up to its closing bracket, or 400 characters). */
function callArgs(code: string, from: number): string {
  const open = code.indexOf('(', from);
  if (open < 0) return '';
  let depth = 0;
  for (let i = open; i < code.length && i < open + 2000; i++) {
    if (code[i] === '(') depth++;
    else if (code[i] === ')' && --depth === 0) return code.slice(open, i + 1);
  }
  return code.slice(open, open + 400);
}

export default defineRule({
  id: 'aws/lambda-list-call-not-paginated',
  class: 'LAMBDA-CODE-BUGS',
  severity: 'medium',
  category: 'aws',
  resourceTypes: ['aws:lambda/function:Function'],
  messages: {
    onePage: 'The Lambda code {{where}} calls `{{op}}` once and never follows `{{token}}`: one call returns {{page}}, so once there are more the function silently works on the first page only. {{fix}}',
  },
  title: 'Lambda code {{where}} reads only the first page of {{op:code}}',
  fixHint: 'Python: `for page in client.get_paginator("list_objects_v2").paginate(Bucket=b): ...`; Node.js: `for await (const page of paginateListObjectsV2({ client }, { Bucket: b })) { ... }`, or loop while the response carries the next-page token.',
  docs: {
    summary: 'Lambda handler code that lists or scans with one call of an operation AWS pages (`list_objects_v2`, a DynamoDB `scan`, `get_parameters_by_path`, `ListFunctions`, `DescribeLogGroups`) and never follows the next-page token.',
    why: 'These operations return one bounded page per call (1,000 S3 keys, 1 MB of DynamoDB items, 10 SSM parameters, 50 functions or log groups) and a token for the next. Code that calls them once works in a small test account and then silently skips everything past the first page in production: a cleanup that leaves objects behind, a report that misses items, a scan that counts part of a table. Nothing fails, so the error goes unnoticed.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nnew aws.lambda.Function('cleanup', {\n  runtime: 'nodejs22.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset("const { S3Client, ListObjectsV2Command } = require('@aws-sdk/client-s3');\\nconst s3 = new S3Client({});\\nexports.handler = async () => (await s3.send(new ListObjectsV2Command({ Bucket: process.env.BUCKET }))).Contents;\\n") }),\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\naws.lambda_.Function("report", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import boto3\\n\\ntable = boto3.resource('dynamodb').Table('orders')\\n\\ndef handler(event, context):\\n    return len(table.scan()['Items'])\\n")}))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nnew aws.lambda.Function('cleanup', {\n  runtime: 'nodejs22.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset("const { S3Client, paginateListObjectsV2 } = require('@aws-sdk/client-s3');\\nconst s3 = new S3Client({});\\nexports.handler = async () => { const keys = []; for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: process.env.BUCKET })) keys.push(...(page.Contents ?? [])); return keys; };\\n") }),\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\naws.lambda_.Function("report", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import boto3\\n\\ntable = boto3.resource('dynamodb').Table('orders')\\n\\ndef handler(event, context):\\n    n, kwargs = 0, {}\\n    while True:\\n        page = table.scan(**kwargs)\\n        n += len(page['Items'])\\n        if 'LastEvaluatedKey' not in page:\\n            return n\\n        kwargs['ExclusiveStartKey'] = page['LastEvaluatedKey']\\n")}))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html ("Returns some or all (up to 1,000) of the objects in a bucket")',
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.Pagination',
      'https://boto3.amazonaws.com/v1/documentation/api/latest/guide/paginators.html',
      'https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/migrating.html#v3-paginators',
    ],
    notes: 'Reads the answer\'s Lambda code files and inline StringAsset code (boto3 clients and DynamoDB tables; SDK v3 commands and v2 clients). Judged operations: S3 ListObjects/ListObjectsV2/ListObjectVersions, DynamoDB Scan (Query is left: it is usually a key lookup), SSM GetParametersByPath, Lambda ListFunctions, CloudWatch Logs DescribeLogGroups/DescribeLogStreams. A handler that mentions a paginator or any page token or truncation flag anywhere is not judged, nor a call that sets a page size (`MaxKeys`, `Limit`, `MaxResults`, `MaxItems`): it asks for one page on purpose; nor a log group or stream lookup by name prefix. One finding per operation and handler text.',
  },
  check(ctx) {
    for (const h of handlerTexts(ctx.model, ctx.resources())) {
      const { plain, code } = strip(h.text, h.lang);
      if (FOLLOWS_PAGES.test(plain)) continue;
      const done = new Set<string>();
      for (const c of sdkCalls(h.text, h.lang)) {
        const op = opKey(c.written);
        const paged = PAGED[c.service]?.[op];
        if (!paged || done.has(op) || LIMITED.test(callArgs(code, c.at))) continue;
        done.add(op);
        const fix = h.lang === 'py'
          ? op === 'scan'
            ? 'Loop while the response has `LastEvaluatedKey`, passing it back as `ExclusiveStartKey`.'
            : `Iterate \`client.get_paginator("${c.written}").paginate(...)\`.`
          : op === 'scan'
            ? 'Loop while the response has `LastEvaluatedKey`, passing it back as `ExclusiveStartKey` (or use `paginateScan`).'
            : `Use the SDK's paginator (\`paginate${c.written.replace(/Command$/, '').replace(/^./, (x) => x.toUpperCase())}\`) or loop while the response carries \`${paged.token}\`.`;
        ctx.report({ messageId: 'onePage', data: { where: h.name, op: c.written, token: paged.token, page: paged.page, fix }, at: h.at(c.at, c.written.length), ...(h.resource ? { resource: h.resource } : {}) });
      }
    }
  },
});
