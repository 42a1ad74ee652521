// stacklint reads programs; it never runs them and never touches the network. Code that would write a
// marker file or open a connection to a listening socket if it ran is analysed in every format, and
// nothing happens.

import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'stacklint-noexec-'));
let server: Server;
let port = 0;
let connections = 0;

beforeAll(async () => {
  server = createServer((s) => {
    connections++;
    s.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as { port: number }).port;
});

afterAll(() => {
  server.close();
});

function ts(marker: (n: number) => string): string {
  return `import * as aws from '@pulumi/aws';
import * as child_process from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as http from 'http';
child_process.execSync('touch ${marker(1)}');
require('child_process').exec('touch ${marker(2)}');
eval("require('fs').writeFileSync('${marker(3)}', 'x')");
new Function("require('fs').writeFileSync('${marker(4)}', 'x')")();
fs.writeFileSync('${marker(5)}', 'x');
net.connect(${port}, '127.0.0.1');
http.get('http://127.0.0.1:${port}/');
fetch('http://127.0.0.1:${port}/');
import('fs').then((m) => m.writeFileSync('${marker(6)}', 'x'));
export const bucket = new aws.s3.Bucket('b', { bucket: child_process.execSync('touch ${marker(7)}').toString() }).id;
`;
}

function py(marker: (n: number) => string): string {
  return `import os
import socket
import subprocess
import urllib.request

import pulumi
import pulumi_aws as aws

__import__("os").system("touch ${marker(1)}")
os.system("touch ${marker(2)}")
subprocess.run(["touch", "${marker(3)}"])
exec("open('${marker(4)}', 'w').write('x')")
eval("__import__('os').system('touch ${marker(5)}')")
open("${marker(6)}", "w").write("x")
socket.create_connection(("127.0.0.1", ${port}))
urllib.request.urlopen("http://127.0.0.1:${port}/")
bucket = aws.s3.Bucket("b", bucket=subprocess.check_output(["touch", "${marker(7)}"]).decode())
pulumi.export("bucket", bucket.id)
`;
}

describe('analysed code never runs', () => {
  test.each(['json', 'sarif', 'text', 'junit', 'markdown'])('check --format %s, --dump model and review', async (format) => {
    const work = mkdtempSync(join(dir, `${format}-`));
    const marker = (n: number) => join(work, `ran-${n}`);
    const tsFile = join(work, 'index.ts');
    const pyFile = join(work, '__main__.py');
    const md = join(work, 'answer.md');
    writeFileSync(tsFile, ts(marker));
    writeFileSync(pyFile, py(marker));
    writeFileSync(md, `## File: index.ts\n\n\`\`\`typescript\n${ts(marker)}\`\`\`\n\n## File: __main__.py\n\n\`\`\`python\n${py(marker)}\`\`\`\n`);
    const runs = await Promise.all([
      cli([tsFile, pyFile, md, '--format', format], work),
      cli([md, '--dump', 'model'], work),
      cli(['review', '--model', md, '--ideal', md], work),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBeLessThanOrEqual(1);
    expect(readdirSync(work).filter((f) => f.startsWith('ran-'))).toEqual([]);
    for (let n = 1; n <= 7; n++) expect(existsSync(marker(n))).toBe(false);
    expect(connections).toBe(0);
  });
});
