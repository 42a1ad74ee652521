// The VS Code extension folder: activation starts `stacklint lsp --stdio` for the four languages,
// from the `stacklint.path` setting when given. `vscode` and `vscode-languageclient` are stubbed
// (the extension's own dependencies are not installed with stacklint).

import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';

interface Started {
  run: { command: string; args: string[] };
  selector: { language: string }[];
}

function activateWith(setting: string): Started {
  const started: Partial<Started> = {};
  const stubs: Record<string, unknown> = {
    vscode: { workspace: { getConfiguration: () => ({ get: () => setting }), workspaceFolders: [] } },
    'vscode-languageclient/node': {
      TransportKind: { stdio: 0 },
      LanguageClient: class {
        constructor(_id: string, _name: string, server: { run: Started['run'] }, client: { documentSelector: Started['selector'] }) {
          started.run = server.run;
          started.selector = client.documentSelector;
        }
        start() {
          return Promise.resolve();
        }
        stop() {
          return Promise.resolve();
        }
      },
    },
  };
  const m = Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown };
  const load = m._load;
  m._load = (req: string, ...rest: unknown[]) => (req in stubs ? stubs[req] : load(req, ...rest));
  try {
    const require = createRequire(import.meta.url);
    const path = join(ROOT, 'editors', 'vscode', 'extension.js');
    delete require.cache[require.resolve(path)];
    const ext = require(path) as { activate: (ctx: { subscriptions: unknown[] }) => unknown };
    ext.activate({ subscriptions: [] });
  } finally {
    m._load = load;
  }
  return started as Started;
}

describe('VS Code extension', () => {
  test('starts the language server over stdio for TypeScript, JavaScript, Python and Markdown', () => {
    const s = activateWith('/opt/stacklint/bin/stacklint.js');
    expect(s.run.command).toBe(process.execPath);
    expect(s.run.args).toEqual(['/opt/stacklint/bin/stacklint.js', 'lsp', '--stdio']);
    expect(s.selector.map((d) => d.language).sort()).toEqual(['javascript', 'markdown', 'python', 'typescript']);
  });

  test('without a setting, runs stacklint from PATH', () => {
    expect(activateWith('').run).toMatchObject({ command: 'stacklint', args: ['lsp', '--stdio'] });
  });
});
