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

export function skipped(path: string, reason: string, file?: string): Diagnostic {
  const d: Diagnostic = {
    code: 'load/skipped',
    class: CLASS,
    severity: 'low',
    message: `${path} was not analysed: ${reason}.`,
  };
  if (file !== undefined) d.file = file;
  return d;
}

export function noCode(what: string): Diagnostic {
  return {
    code: 'load/no-code',
    class: CLASS,
    severity: 'high',
    message: `${what} contains no TypeScript, JavaScript or Python program code, so no infrastructure could be analysed. Provide the Pulumi program files.`,
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
