// The AWS API calls a Lambda handler makes, read from its text, as IAM actions: boto3 clients and
// resources (Python), the AWS SDK for JavaScript v3 commands and v2 clients (Node.js). Only services
// whose API operation names map to IAM actions in a known way are read; every other call is ignored,
// so a handler is never said to need a permission it may not.

import { strip } from './handler-code.js';
import type { HandlerLang } from './lambda-archive.js';

export interface SdkCall {
  /** IAM service prefix (`dynamodb`, `states`). */
  service: string;
  /** IAM action names the call needs (`PutItem`; `GetObject` and `PutObject` for a copy). */
  actions: string[];
  /** The operation as written (`put_item`, `PutCommand`, `putObject`). */
  written: string;
  /** Offset in the handler text. */
  at: number;
}

/** boto3 / SDK v2 service names and SDK v3 package names → IAM prefix. */
const SERVICES: Record<string, string> = {
  dynamodb: 'dynamodb', s3: 's3', sqs: 'sqs', sns: 'sns', lambda: 'lambda', stepfunctions: 'states', sfn: 'states',
  events: 'events', eventbridge: 'events', 'cloudwatch-events': 'events', secretsmanager: 'secretsmanager',
  'secrets-manager': 'secretsmanager', ssm: 'ssm', kms: 'kms', cloudwatch: 'cloudwatch', logs: 'logs',
  'cloudwatch-logs': 'logs', kinesis: 'kinesis', firehose: 'firehose', ses: 'ses', sesv2: 'ses', ec2: 'ec2',
  rds: 'rds', autoscaling: 'autoscaling', 'auto-scaling': 'autoscaling', ecs: 'ecs', config: 'config', 'config-service': 'config',
};

/** SDK v2 client classes → IAM prefix. */
const V2_CLIENTS: Record<string, string> = {
  DynamoDB: 'dynamodb', S3: 's3', SQS: 'sqs', SNS: 'sns', Lambda: 'lambda', StepFunctions: 'states', EventBridge: 'events',
  CloudWatchEvents: 'events', SecretsManager: 'secretsmanager', SSM: 'ssm', KMS: 'kms', CloudWatch: 'cloudwatch',
  CloudWatchLogs: 'logs', Kinesis: 'kinesis', Firehose: 'firehose', SES: 'ses', EC2: 'ec2', RDS: 'rds',
  AutoScaling: 'autoscaling', ECS: 'ecs', ConfigService: 'config',
};

/** Operations whose IAM action is named differently, per service (PascalCase operation → actions). */
const RENAMED: Record<string, Record<string, string[] | null>> = {
  s3: {
    ListObjects: ['ListBucket'], ListObjectsV2: ['ListBucket'], ListObjectVersions: ['ListBucketVersions'], HeadObject: ['GetObject'],
    HeadBucket: ['ListBucket'], UploadFile: ['PutObject'], UploadFileobj: ['PutObject'], Upload: ['PutObject'], DownloadFile: ['GetObject'],
    DownloadFileobj: ['GetObject'], CopyObject: ['GetObject', 'PutObject'], Copy: ['GetObject', 'PutObject'], DeleteObjects: ['DeleteObject'],
    GetPaginator: null, GeneratePresignedUrl: null, GeneratePresignedPost: null, GetSignedUrl: null, GetSignedUrlPromise: null,
  },
  sqs: { SendMessageBatch: ['SendMessage'], DeleteMessageBatch: ['DeleteMessage'], ChangeMessageVisibilityBatch: ['ChangeMessageVisibility'] },
  sns: { PublishBatch: ['Publish'] },
  lambda: { Invoke: ['InvokeFunction'], InvokeAsync: null, InvokeWithResponseStream: ['InvokeFunction'] },
  dynamodb: { TransactWriteItems: null, TransactGetItems: null, ExecuteStatement: null, BatchExecuteStatement: null, ExecuteTransaction: null },
};

/** Operations the S3 helpers accept as object-level calls (bucket configuration APIs have other action names). */
const S3_KNOWN = new Set(['PutObject', 'GetObject', 'DeleteObject', 'GetObjectTagging', 'PutObjectTagging', 'PutObjectAcl', 'GetObjectAcl', 'RestoreObject', 'ListBucket', 'ListBucketVersions', 'GetObjectVersion']);

/** lib-dynamodb document commands and v2 DocumentClient methods → DynamoDB operations. */
const DOCUMENT: Record<string, string | null> = {
  Put: 'PutItem', Get: 'GetItem', Update: 'UpdateItem', Delete: 'DeleteItem', Query: 'Query', Scan: 'Scan',
  BatchWrite: 'BatchWriteItem', BatchGet: 'BatchGetItem', TransactWrite: null, TransactGet: null,
  put: 'PutItem', get: 'GetItem', update: 'UpdateItem', delete: 'DeleteItem', query: 'Query', scan: 'Scan',
  batchWrite: 'BatchWriteItem', batchGet: 'BatchGetItem',
};

/** Methods of every client that are not API calls. */
const NOT_CALLS = /^(GetPaginator|GetWaiter|CanPaginate|Meta|Exceptions|Send|Destroy|Middlewarestack|Config|Promise|On|Then|Close|Batch_?writer|Load|Reload)$/i;

const pascal = (snake: string): string => snake.split('_').map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : '')).join('');
const upperFirst = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** The IAM actions of an operation (PascalCase), or undefined when the mapping is not known. */
function actionsOf(service: string, op: string): string[] | undefined {
  const renamed = RENAMED[service];
  if (renamed && op in renamed) return renamed[op] ?? undefined;
  if (NOT_CALLS.test(op)) return undefined;
  if (service === 's3' && !S3_KNOWN.has(op)) return undefined;
  return [op];
}

export function sdkCalls(text: string, lang: HandlerLang): SdkCall[] {
  return lang === 'py' ? pythonCalls(text) : jsCalls(text);
}

function push(out: SdkCall[], service: string, op: string, written: string, at: number): void {
  const actions = actionsOf(service, op);
  if (actions && actions.length > 0) out.push({ service, actions, written, at });
}

// ---------------------------------------------------------------- Python (boto3)

// Starts only at a word start: a match tried inside every long word costs quadratic time.
const PY_VAR = '(?<!\\w)((?:self\\.)?[A-Za-z_]\\w*)';

function pythonCalls(text: string): SdkCall[] {
  const { plain, code } = strip(text, 'py');
  const clients = new Map<string, string>();
  const tables = new Map<string, string>();
  for (const m of plain.matchAll(new RegExp(`${PY_VAR}\\s*(?::[^=\\n]+)?=\\s*(?:boto3|session|boto3\\.session\\.Session\\(\\)|boto3\\.Session\\([^)]*\\))\\.(client|resource)\\(\\s*(?:service_name\\s*=\\s*)?['"]([\\w-]+)['"]`, 'g'))) {
    const service = SERVICES[m[3]!];
    if (!service) continue;
    if (m[2] === 'client') clients.set(m[1]!, service);
    else tables.set(m[1]!, `${service}:resource`);
  }
  for (const m of plain.matchAll(new RegExp(`${PY_VAR}\\s*(?::[^=\\n]+)?=\\s*${PY_VAR}\\.(Table|meta\\.client)\\b`, 'g'))) {
    const base = tables.get(m[2]!);
    if (base === 'dynamodb:resource') (m[3] === 'Table' ? tables.set(m[1]!, 'dynamodb:table') : clients.set(m[1]!, 'dynamodb'));
  }
  for (const m of plain.matchAll(new RegExp(`${PY_VAR}\\s*(?::[^=\\n]+)?=\\s*boto3\\.resource\\(\\s*['"]dynamodb['"][^()]*\\)\\.Table\\(`, 'g'))) tables.set(m[1]!, 'dynamodb:table');
  const out: SdkCall[] = [];
  for (const m of code.matchAll(new RegExp(`(?<![\\w.])${PY_VAR}\\.(\\w+)\\s*\\(`, 'g'))) {
    const v = m[1]!;
    const method = m[2]!;
    const at = m.index;
    const client = clients.get(v);
    if (client) {
      if (method === 'get_paginator') {
        const op = /^\s*['"](\w+)['"]/.exec(plain.slice(at + m[0].length, at + m[0].length + 80));
        if (op) push(out, client, pascal(op[1]!), op[1]!, at);
        continue;
      }
      push(out, client, pascal(method), method, at);
      continue;
    }
    const table = tables.get(v);
    if (table === 'dynamodb:table') {
      if (method === 'batch_writer') push(out, 'dynamodb', 'BatchWriteItem', method, at);
      else if (/^(put_item|get_item|update_item|delete_item|query|scan)$/.test(method)) push(out, 'dynamodb', pascal(method), method, at);
    }
  }
  // Calls on a client that is never stored: `boto3.client("sns").publish(...)`.
  for (const m of plain.matchAll(/boto3\.client\(\s*['"]([\w-]+)['"][^()]*\)\s*\.(\w+)\s*\(/g)) {
    const service = SERVICES[m[1]!];
    if (service) push(out, service, pascal(m[2]!), m[2]!, m.index);
  }
  return out;
}

// ---------------------------------------------------------------- Node.js (SDK v3 and v2)

function jsCalls(text: string): SdkCall[] {
  const { plain, code } = strip(text, 'js');
  const out: SdkCall[] = [];
  // v3: names imported (or required) from `@aws-sdk/client-<service>` / `@aws-sdk/lib-dynamodb`.
  const imported = new Map<string, { service: string; document: boolean; name: string }>();
  const bind = (names: string, pkg: string): void => {
    const doc = pkg === 'lib-dynamodb';
    const service = doc ? 'dynamodb' : SERVICES[pkg.replace(/^client-/, '')];
    if (!service) return;
    for (const part of names.split(',')) {
      const m = /^\s*([\w$]+)(?:\s*(?:as|:)\s*([\w$]+))?\s*$/.exec(part);
      if (m) imported.set(m[2] ?? m[1]!, { service, document: doc, name: m[1]! });
    }
  };
  for (const m of plain.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]@aws-sdk\/([\w-]+)['"]/g)) bind(m[1]!, m[2]!);
  for (const m of plain.matchAll(/(?:const|let|var)\s*\{([^}]*)\}\s*=\s*require\(\s*['"]@aws-sdk\/([\w-]+)['"]\s*\)/g)) bind(m[1]!, m[2]!);
  for (const m of code.matchAll(/\bnew\s+([\w$]+)\s*\(/g)) {
    const imp = imported.get(m[1]!);
    if (!imp || !imp.name.endsWith('Command')) continue;
    const op = imp.name.slice(0, -'Command'.length);
    if (imp.document) {
      const d = DOCUMENT[op];
      if (d !== undefined) {
        if (d) push(out, 'dynamodb', d, imp.name, m.index);
        continue;
      }
    }
    push(out, imp.service, op, imp.name, m.index);
  }
  // v2: `new AWS.S3()`, `new AWS.DynamoDB.DocumentClient()`, and the methods called on them.
  const aws = /(?:const|let|var)\s+([\w$]+)\s*=\s*require\(\s*['"]aws-sdk['"]\s*\)|import\s+(?:\*\s+as\s+)?([\w$]+)\s+from\s+['"]aws-sdk['"]/.exec(plain);
  const awsName = aws?.[1] ?? aws?.[2];
  if (!awsName) return out;
  const clients = new Map<string, { service: string; document: boolean }>();
  const a = awsName.replace(/\$/g, '\\$');
  for (const m of code.matchAll(new RegExp(`(?<![\\w$])((?:this\\.)?[\\w$]+)\\s*(?::[^=\\n]+)?=\\s*new\\s+${a}\\.(\\w+)(\\.DocumentClient)?\\s*\\(`, 'g'))) {
    const service = V2_CLIENTS[m[2]!];
    if (service) clients.set(m[1]!, { service, document: !!m[3] && service === 'dynamodb' });
  }
  for (const m of code.matchAll(/(?<![\w$.])((?:this\.)?[\w$]+)\.(\w+)\s*\(/g)) {
    const c = clients.get(m[1]!);
    if (!c) continue;
    if (c.document) {
      const d = DOCUMENT[m[2]!];
      if (d) push(out, 'dynamodb', d, m[2]!, m.index);
      continue;
    }
    push(out, c.service, upperFirst(m[2]!), m[2]!, m.index);
  }
  return out;
}
