import type { SourceFile } from '../../core/source.js';
import type { At } from '../../ir/values.js';
import { defineRule } from '../define-rule.js';

/** The limit of the usual pylint project configuration (`max-line-length=120`), applied to TypeScript too. */
const MAX = 120;

/** pylint's default `ignore-long-lines`: a line that is only a URL, possibly in a comment. */
// One `\s*` before the optional comment marker and one after it: two adjacent `\s*` backtrack
// quadratically on a deeply indented line that is not a URL (seconds per line at 3,000 spaces).
const URL_ONLY = /^\s*(?:(?:#|\/\/)\s*)?<?https?:\/\/\S+>?$/;
/** Suppressions of the check on one line. */
const LINE_SUPPRESSED = /pylint:\s*disable=[\w,\s-]*(line-too-long|C0301)|eslint-disable-line[^\n]*max-len/;
const NEXT_LINE_SUPPRESSED = /eslint-disable-next-line[^\n]*max-len/;
/** A suppression from a comment line on: pylint's module/block scope, ESLint's block comment. */
const FROM_HERE_SUPPRESSED = /^\s*(#\s*pylint:\s*disable=[\w,\s-]*(line-too-long|C0301)|\/\*\s*eslint-disable\s+[^*]*max-len)/;

interface Overflow {
  count: number;
  longest: number;
  first?: At;
}

/**
 * For TypeScript/JavaScript: which lines hold part of a string or template literal. ESLint's max-len is commonly configured to ignore them (`ignoreStrings`,
 * `ignoreTemplateLiterals`; airbnb does), and Prettier cannot wrap them either.
 */
function linesWithStrings(text: string): Set<number> {
  const out = new Set<number>();
  let line = 0;
  let state: 'code' | 'line-comment' | 'block-comment' | "'" | '"' | '`' = 'code';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      if (state === 'line-comment') state = 'code';
      if (state === '`') out.add(line);
      continue;
    }
    if (state === 'code') {
      if (c === '/' && text[i + 1] === '/') state = 'line-comment';
      else if (c === '/' && text[i + 1] === '*') state = 'block-comment';
      else if (c === "'" || c === '"' || c === '`') {
        state = c;
        out.add(line);
      }
    } else if (state === 'block-comment') {
      if (c === '*' && text[i + 1] === '/') state = 'code';
    } else if (state !== 'line-comment') {
      if (c === '\\') i++;
      else if (c === state) state = 'code';
    }
  }
  return out;
}

/** Lines longer than the limit, skipping the ones linters skip or are told to skip. */
function overflowOf(file: SourceFile): Overflow {
  const out: Overflow = { count: 0, longest: 0 };
  const exempt = file.language === 'python' ? new Set<number>() : linesWithStrings(file.text);
  const lines = file.text.split('\n');
  let offset = 0;
  let skipNext = false;
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    const start = offset;
    offset += raw.length + 1;
    if (FROM_HERE_SUPPRESSED.test(line)) break;
    const suppressed = skipNext || LINE_SUPPRESSED.test(line);
    skipNext = NEXT_LINE_SUPPRESSED.test(line);
    if (line.length <= MAX || suppressed || exempt.has(i) || URL_ONLY.test(line)) continue;
    out.count++;
    out.longest = Math.max(out.longest, line.length);
    out.first ??= { f: file.path, s: start, e: start + line.length };
  }
  return out;
}

export default defineRule({
  id: 'code/line-too-long',
  class: 'CODE-UNUSED-LINT',
  severity: 'low',
  category: 'code',
  resourceTypes: [],
  messages: {
    tooLong: '{{count}} longer than {{max}} characters in {{file}} (the longest has {{longest}}); this is the first. pylint (line-too-long, C0301) and ESLint (max-len) fail the lint step on them; wrap the arguments over several lines or split long strings.',
  },
  title: 'Lines over {{max}} characters in {{file}} (longest {{longest}})',
  fixHint: 'Break long calls one argument per line, and split long strings (implicit concatenation in Python, `+` or arrays joined in TypeScript).',
  docs: {
    summary: 'Program files with lines longer than 120 characters; one finding per file, at the first such line.',
    why: 'The project lints every program file: pylint with `max-line-length=120` for Python (the usual project configuration), ESLint `max-len` for TypeScript, to which the same 120-character limit is applied here. Over-long lines fail the CI lint step, so the change is not merged as is. Generated code often produces them in long resource calls, f-strings and inline policies.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst bucketName = config.require('bucketName');\nconst forceDestroy = config.getBoolean('forceDestroy') ?? false;\nconst bucket = new aws.s3.BucketV2(bucketName, { bucket: bucketName, forceDestroy: forceDestroy, objectLockEnabled: !forceDestroy });\nexport const name = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data", bucket="data-bucket-for-the-application", force_destroy=True, tags={"Project": "tap", "Team": "platform"})\npulumi.export("name", bucket.bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst bucketName = config.require('bucketName');\nconst bucket = new aws.s3.BucketV2(bucketName, {\n  bucket: bucketName,\n  forceDestroy: config.getBoolean('forceDestroy') ?? false,\n});\nexport const name = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2(\n    "data",\n    bucket="data-bucket-for-the-application",\n    force_destroy=True,\n    tags={"Project": "tap", "Team": "platform"},\n)\npulumi.export("name", bucket.bucket)\n`,
    },
    references: [
      'https://pylint.readthedocs.io/en/stable/user_guide/messages/convention/line-too-long.html',
      'https://eslint.org/docs/latest/rules/max-len',
    ],
    notes: 'The limit is 120 characters for both languages (pylint\'s usual project setting; ESLint has no common project-wide value, so the same one is used). Python lines are counted as pylint counts them: everything except a line that is only a URL (pylint\'s default `ignore-long-lines`), docstrings and long strings included. TypeScript/JavaScript lines that hold part of a string or template literal are not counted, as ESLint max-len is commonly configured (`ignoreStrings`, `ignoreTemplateLiterals`, `ignoreUrls`) and Prettier cannot wrap them; long code lines and comments are. Lines under `# pylint: disable=line-too-long`, `// eslint-disable-line max-len` / `eslint-disable-next-line max-len` are skipped, and so is the rest of a file after a standalone disable comment. Only program files are checked (not tests, assets or configuration), and not fragments of Markdown answers, whose lines may be elided or re-indented.',
  },
  check(ctx) {
    for (const file of ctx.model.input.files) {
      if (file.role !== 'program' || file.snippet || !['typescript', 'javascript', 'python'].includes(file.language)) continue;
      const o = overflowOf(file);
      if (!o.first) continue;
      const count = o.count === 1 ? '1 line is' : `${o.count} lines are`;
      ctx.report({ messageId: 'tooLong', data: { count, max: MAX, file: file.path, longest: o.longest }, at: o.first });
    }
  },
});
