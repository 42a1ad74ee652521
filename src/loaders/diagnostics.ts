// Problems with the input itself. The taxonomy has no class for "input unusable", so these carry
// INCOMPLETE-TRUNCATED: in every case part or all of the program is not there to analyse.

import type { Diagnostic } from '../core/program.js';

const CLASS = 'INCOMPLETE-TRUNCATED';

export function notFound(path: string): Diagnostic {
  return {
    code: 'load/not-found',
    class: CLASS,
    severity: 'high',
    message: `${path} does not exist; nothing was analysed. Check the path.`,
  };
}

/**
 * A file (or directory) that exists but was not read: over the size limit, binary, unreadable, or not
 * a kind of file stacklint analyses. Medium: whatever it holds is missing from the analysis.
 */
export function skipped(path: string, reason: string, file?: string): Diagnostic {
  const d: Diagnostic = {
    code: 'load/skipped',
    class: CLASS,
    severity: 'medium',
    message: `${path} was not analysed: ${reason}.`,
  };
  if (file !== undefined) d.file = file;
  return d;
}

const LANGUAGES = 'TypeScript, JavaScript or Python';

const ROLE_WORDS: Record<string, string> = {
  test: 'a test file',
  context: 'a project context file',
  asset: 'an asset (such as a Lambda handler)',
};

/** What to say for each kind of input that turned out to hold no program code. */
export type NoCodeInput =
  | { kind: 'answer' }
  | { kind: 'pipeline-answer'; pipelines: number }
  | { kind: 'directory'; path: string }
  | { kind: 'file'; path: string; role: string };

export function noCode(input: NoCodeInput): Diagnostic {
  let message: string;
  switch (input.kind) {
    case 'answer':
      message = `The answer contains no ${LANGUAGES} code block, so no infrastructure could be analysed. Give the Pulumi program files as fenced code blocks.`;
      break;
    case 'pipeline-answer':
      // Low: the request may have asked for the pipeline alone; the answer cannot say.
      return {
        code: 'load/no-code',
        class: CLASS,
        severity: 'low',
        message: `The answer's code is ${input.pipelines === 1 ? 'a CI pipeline definition' : `${input.pipelines} CI pipeline definitions`} and no ${LANGUAGES} program, so no infrastructure could be analysed. If the request asked for infrastructure too, its Pulumi program is missing; stacklint does not analyse pipelines.`,
      };
    case 'directory':
      message = `The directory ${input.path} contains no ${LANGUAGES} program file (dependency, build and hidden folders are not read), so no infrastructure could be analysed. Point stacklint at the Pulumi project directory.`;
      break;
    case 'file':
      message = `${input.path} is ${ROLE_WORDS[input.role] ?? 'not a program file'}, not Pulumi program code, so no infrastructure could be analysed. Give the program's entry file or its project directory.`;
      break;
  }
  return { code: 'load/no-code', class: CLASS, severity: 'high', message };
}

/**
 * A test, handler, configuration or script block with no closing fence: the answer was cut off after
 * its program files (a code of its own, so rules that need the program whole are not affected).
 */
export function unterminatedOtherFence(file: string, start: number, end: number): Diagnostic {
  return {
    code: 'load/unterminated-fence-nonprogram',
    class: CLASS,
    severity: 'medium',
    message: `The code block for ${file} has no closing fence, so the answer was probably cut off here: ${file} is incomplete, and any file meant to follow it is missing. Complete the file and close the block.`,
    file,
    start,
    end,
  };
}

/** A program block with no closing fence: the answer was most likely cut off there. */
export function unterminatedFence(file: string, start: number, end: number): Diagnostic {
  return {
    code: 'load/unterminated-fence',
    class: CLASS,
    severity: 'medium',
    message: `The code block for ${file} has no closing fence, so the answer was probably truncated here; code after this point may be missing. Complete the file and close the block.`,
    file,
    start,
    end,
  };
}
