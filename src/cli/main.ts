// argv → pipeline → reporter → exit code. Nothing else lives here.

import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { severityRank } from '../core/finding.js';
import type { ProgramResult } from '../core/result.js';
import { VERSION } from '../core/version.js';
import { renderJson } from '../reporters/json.js';
import { renderText } from '../reporters/text.js';
import { closest } from '../core/text.js';
import { renderRulesJson, renderRulesText } from '../reporters/rules.js';
import { HELP, parseCommand, UsageError } from './args.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let cmd;
  try {
    cmd = parseCommand(argv, { jobs: 0, color: io.isTTY && !process.env.NO_COLOR });
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`stacklint: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (cmd.command === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (cmd.command === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (cmd.command === 'rules' || cmd.command === 'explain') {
    const { RULES } = await import('../rules/index.js');
    if (cmd.command === 'rules') {
      io.stdout(cmd.format === 'json' ? renderRulesJson(RULES) : renderRulesText(RULES));
      return 0;
    }
    const rule = RULES.find((r) => r.id === cmd.id);
    if (!rule) {
      const near = closest(cmd.id, RULES.map((r) => r.id));
      io.stderr(`stacklint: unknown rule '${cmd.id}'${near ? ` (did you mean '${near}'?)` : ''}\n`);
      return 2;
    }
    const { renderRuleDoc } = await import('../rules/docs.js');
    io.stdout(renderRuleDoc(rule));
    return 0;
  }
  const missing = cmd.paths.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    io.stderr(`stacklint: no such file or directory: ${missing.join(', ')}\n`);
    return 2;
  }
  const jobs = cmd.jobs > 0 ? cmd.jobs : cmd.paths.length <= 2 ? 1 : availableParallelism();
  // Loaded lazily: the analysis stack (the TypeScript compiler, WASM) is not needed for help/usage.
  const { analyzeAll } = await import('../parallel.js');
  const outcomes = await analyzeAll(cmd.paths, { dumpModel: cmd.dump === 'model' }, jobs);
  let internal = false;
  const results: ProgramResult[] = [];
  for (const o of outcomes) {
    if (o.result) {
      results.push(o.result);
      for (const e of o.result.errors) {
        internal = true;
        io.stderr(`stacklint: internal error while analysing ${o.path}: ${e}\n`);
      }
    } else {
      internal = true;
      io.stderr(`stacklint: internal error while analysing ${o.path}: ${(o.error ?? '').split('\n')[0]}\n`);
    }
  }
  let report: string;
  if (cmd.dump === 'model') {
    const models = results.map((r) => r.model);
    report = JSON.stringify(models.length === 1 ? models[0] : models, null, 2) + '\n';
  } else if (cmd.format === 'json') {
    report = renderJson(results);
  } else {
    report = renderText(results, { color: cmd.color && !cmd.output, quiet: cmd.quiet });
  }
  if (cmd.output) {
    try {
      writeFileSync(cmd.output, report);
    } catch (err) {
      io.stderr(`stacklint: cannot write ${cmd.output}: ${(err as Error).message}\n`);
      return 2;
    }
  } else io.stdout(report);
  if (internal) return 2;
  if (cmd.dump === 'model') return 0;
  const min = severityRank(cmd.threshold);
  return results.some((r) => r.findings.some((f) => severityRank(f.severity) >= min)) ? 1 : 0;
}
