// A real Language Server Protocol client over stdio, for the language server tests: it starts
// `stacklint lsp --stdio` as an editor would and speaks JSON-RPC to it.

import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const BIN = fileURLToPath(new URL('../../bin/stacklint.js', import.meta.url));

export interface Client {
  conn: ProtocolConnection;
  child: ChildProcess;
  /** The latest diagnostics published for a uri. */
  latest: Map<string, Diagnostic[]>;
  /** Resolves when diagnostics for `uri` satisfy `pred` (checked on every publish, and now). */
  waitFor(uri: string, pred: (d: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  stderr: () => string;
  exited: Promise<number | null>;
}

export async function startClient(rootUri: string): Promise<Client> {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (b) => (err += String(b)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, Diagnostic[]>();
  const waiters: { uri: string; pred: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    latest.set(p.uri, p.diagnostics);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.pred(p.diagnostics)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p.diagnostics);
      }
    }
  });
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: null });
  await conn.sendNotification('initialized', {});
  return {
    conn,
    child,
    latest,
    stderr: () => err,
    exited,
    waitFor(uri, pred, timeoutMs = 30_000) {
      const now = latest.get(uri);
      if (now && pred(now)) return Promise.resolve(now);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} matched in ${timeoutMs} ms; latest: ${JSON.stringify(latest.get(uri))}; stderr: ${err}`)), timeoutMs);
        waiters.push({
          uri,
          pred,
          resolve: (d) => {
            clearTimeout(timer);
            resolve(d);
          },
        });
      });
    },
  };
}

export async function stopClient(c: Client): Promise<number | null> {
  await c.conn.sendRequest('shutdown');
  await c.conn.sendNotification('exit');
  return c.exited;
}
