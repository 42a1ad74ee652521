// The language server through a real client over stdio: initialize → didOpen → publishDiagnostics →
// didChange → cleared → shutdown/exit, for TypeScript, Python and a Markdown answer; code actions,
// hovers, and a program analysed as its Pulumi project with the editor's unsaved text.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startClient, stopClient } from './client.js';

const BAD_TS = "import * as aws from '@pulumi/aws';\n\nexport const topicArn = new aws.sns.Topic('alerts', { kmsMasterKeyId: 'alias/aws/sns' }).arn;\nexport const bucket = new aws.s3.BucketV2('logs', { bucket: 'My_Logs' }).id;\n";
const CLEAN_TS = "import * as aws from '@pulumi/aws';\n\nexport const topicArn = new aws.sns.Topic('alerts', { kmsMasterKeyId: 'alias/aws/sns' }).arn;\n";
const BAD_PY = 'import pulumi\nimport pulumi_aws as aws\n\ntopic = aws.sns.Topic("alerts", kms_master_key_id="alias/aws/sns"); logs = aws.s3.BucketV2("logs", bucket="My_Logs")\npulumi.export("topic_arn", topic.arn)\n';
const CLEAN_PY = 'import pulumi\nimport pulumi_aws as aws\n\ntopic = aws.sns.Topic("alerts", kms_master_key_id="alias/aws/sns")\npulumi.export("topic_arn", topic.arn)\n';

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'stacklint-lsp-'));
}

const stacklint = (ds: { source?: string }[]) => ds.filter((d) => d.source === 'stacklint');

describe.each([
  ['TypeScript', 'index.ts', 'typescript', BAD_TS, CLEAN_TS],
  ['Python', '__main__.py', 'python', BAD_PY, CLEAN_PY],
])('%s program', (_name, file, languageId, bad, clean) => {
  test('diagnostics on open, cleared after the fix, hover, suppress action, clean shutdown', async () => {
    const dir = workspace();
    const path = join(dir, file);
    writeFileSync(path, bad);
    const uri = pathToFileURL(path).href;
    const c = await startClient(pathToFileURL(dir).href);
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: bad } });
    const ds = await c.waitFor(uri, (d) => stacklint(d).some((x) => x.code === 'naming/aws-name-constraints'));
    const d = stacklint(ds).find((x) => x.code === 'naming/aws-name-constraints')!;
    expect(d.severity).toBe(1);
    expect(d.codeDescription?.href).toMatch(/docs\/rules\/naming\/aws-name-constraints\.md$/);
    expect(d.range.start.line).toBe(3);

    const hover = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 30 } })) as { contents: { value: string } } | null;
    // The resource under the cursor, with its evaluated arguments.
    if (file.endsWith('.py')) expect(hover?.contents.value).toMatch(/\*\*aws\.sns\.Topic\*\* "alerts"[\s\S]*"kmsMasterKeyId": "alias\/aws\/sns"/);
    else expect(hover?.contents.value).toMatch(/\*\*aws\.s3\.BucketV2\*\* "logs"[\s\S]*"bucket": "My_Logs"/);

    const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as { title: string; edit: { changes: Record<string, { newText: string }[]> } }[];
    const suppress = actions.find((a) => a.title.startsWith('Suppress naming/aws-name-constraints'));
    expect(suppress?.edit.changes[uri]![0]!.newText).toMatch(file.endsWith('.py') ? /^# stacklint-ignore naming\/aws-name-constraints: / : /^\/\/ stacklint-ignore naming\/aws-name-constraints: /);

    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: clean }] });
    await c.waitFor(uri, (x) => stacklint(x).length === 0);
    expect(await stopClient(c)).toBe(0);
  }, 60_000);
});

describe('quick fixes', () => {
  // A rule's fix is offered as the preferred quick fix; applying its edits gives the fixed program, on
  // which the diagnostic is gone. The same edits `check --fix` applies (tests/rules/fixes.test.ts).
  const KEY_TS = "import * as aws from '@pulumi/aws';\n\nexport const key = new aws.kms.Key('data', {\n  description: 'data key',\n});\n";
  const KEY_PY = 'import pulumi\nimport pulumi_aws as aws\n\nkey = aws.kms.Key("data", description="data key")\npulumi.export("key", key.arn)\n';
  test.each([
    ['index.ts', 'typescript', KEY_TS, "  description: 'data key',\n  enableKeyRotation: true,\n"],
    ['__main__.py', 'python', KEY_PY, 'description="data key", enable_key_rotation=True)'],
  ])('%s: a rule fix is a quick fix whose edits fix the finding', async (file, languageId, text, fixed) => {
    const dir = workspace();
    const path = join(dir, file);
    writeFileSync(path, text);
    const uri = pathToFileURL(path).href;
    const c = await startClient(pathToFileURL(dir).href);
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const rule = 'security/kms-key-rotation-disabled';
    const ds = await c.waitFor(uri, (d) => stacklint(d).some((x) => x.code === rule));
    const d = stacklint(ds).find((x) => x.code === rule)!;
    type Action = { title: string; isPreferred?: boolean; edit: { changes: Record<string, TextEdit[]> } };
    const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as Action[];
    const quick = actions.find((a) => a.isPreferred);
    expect(quick?.title).toBe(`Enable automatic key rotation (${rule})`);
    const after = TextDocument.applyEdits(TextDocument.create(uri, languageId, 1, text), quick!.edit.changes[uri]!);
    expect(after).toContain(fixed);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: after }] });
    await c.waitFor(uri, (x) => !stacklint(x).some((y) => y.code === rule));
    expect(await stopClient(c)).toBe(0);
  }, 60_000);
});

describe('Markdown answer and Pulumi project', () => {
  test('an answer: findings point into its code blocks, with the request beside it as related information', async () => {
    const dir = workspace();
    const md = join(dir, 'MODEL_RESPONSE.md');
    writeFileSync(join(dir, 'PROMPT.md'), '# Request\n\nDeploy everything to region eu-west-1.\n');
    const text = `# Answer\n\n## File: index.ts\n\n\`\`\`typescript\n${BAD_TS}\`\`\`\n`;
    writeFileSync(md, text);
    const uri = pathToFileURL(md).href;
    const c = await startClient(pathToFileURL(dir).href);
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const ds = await c.waitFor(uri, (d) => stacklint(d).some((x) => x.code === 'naming/aws-name-constraints'));
    const name = stacklint(ds).find((x) => x.code === 'naming/aws-name-constraints')!;
    expect(name.range.start.line).toBe(8);
    const region = stacklint(ds).find((x) => String(x.code).startsWith('requirements/'));
    expect(region?.relatedInformation?.[0]?.location.uri).toBe(pathToFileURL(join(dir, 'PROMPT.md')).href);
    expect(region?.relatedInformation?.[0]?.message).toMatch(/eu-west-1/);
    expect(await stopClient(c)).toBe(0);
  }, 60_000);

  test('a file of a Pulumi project is analysed with the project, using the unsaved text of the open files', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'Pulumi.yaml'), 'name: app\nruntime: nodejs\n');
    writeFileSync(join(dir, 'index.ts'), "import { makeBucket } from './lib/bucket';\n\nexport const id = makeBucket('Bad_Name');\n");
    const lib = join(dir, 'lib', 'bucket.ts');
    const libText = "import * as aws from '@pulumi/aws';\n\nexport function makeBucket(name: string) {\n  return new aws.s3.BucketV2('b', { bucket: name }).id;\n}\n";
    writeFileSync(lib, libText);
    const libUri = pathToFileURL(lib).href;
    const indexUri = pathToFileURL(join(dir, 'index.ts')).href;
    const c = await startClient(pathToFileURL(dir).href);
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: libUri, languageId: 'typescript', version: 1, text: libText } });
    // The name is written in index.ts (not open, read from disk): its finding is published there.
    await c.waitFor(indexUri, (d) => stacklint(d).some((x) => x.code === 'naming/aws-name-constraints'));
    // An unsaved edit lower-cases every name: the finding goes, though nothing was written to disk.
    const edited = libText.replace('{ bucket: name }', '{ bucket: name.toLowerCase().replace(/_/g, "-") }');
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: libUri, version: 2 }, contentChanges: [{ text: edited }] });
    await c.waitFor(indexUri, (d) => !stacklint(d).some((x) => x.code === 'naming/aws-name-constraints'));
    expect(await stopClient(c)).toBe(0);
  }, 60_000);
});
