// Starts `stacklint lsp --stdio` for the workspace and connects VS Code to it.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** The stacklint to run: the setting, the workspace's own install, or the one on PATH. */
function serverCommand() {
  const configured = vscode.workspace.getConfiguration('stacklint').get('path');
  if (configured) return configured.endsWith('.js') ? { command: process.execPath, args: [configured, 'lsp', '--stdio'] } : { command: configured, args: ['lsp', '--stdio'] };
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', 'stacklint');
    if (existsSync(local)) return { command: local, args: ['lsp', '--stdio'] };
  }
  return { command: 'stacklint', args: ['lsp', '--stdio'] };
}

function activate(context) {
  const run = { ...serverCommand(), transport: TransportKind.stdio };
  client = new LanguageClient(
    'stacklint',
    'stacklint',
    { run, debug: run },
    {
      documentSelector: [
        { scheme: 'file', language: 'typescript' },
        { scheme: 'file', language: 'javascript' },
        { scheme: 'file', language: 'python' },
        { scheme: 'file', language: 'markdown' },
      ],
    },
  );
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
