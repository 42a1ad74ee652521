// Answers that show their reasoning before the answer ("### Reasoning Trace" ... "### Answer"):
// the reasoning drafts code that the answer then revises, so only the answer part is analysed.

import { type HostLines, lineCount, lineText } from './host-lines.js';

const REASONING = /^ {0,3}#{1,6}\s+(?:reasoning(?:\s+trace)?|thinking|thought\s+process|chain\s+of\s+thought)\s*:?\s*#*\s*$/i;
const ANSWER = /^ {0,3}#{1,6}\s+(?:final\s+)?answer\s*:?\s*#*\s*$/i;

/**
 * First line of the answer part: the line after the first Answer heading that follows a Reasoning
 * heading; 0 when there is no such pair (a Reasoning heading without an Answer heading means the
 * answer was cut off inside the reasoning, and the drafts are all there is to analyse).
 */
export function answerStartLine(lines: HostLines): number {
  let reasoningSeen = false;
  for (let i = 0; i < lineCount(lines); i++) {
    const line = lineText(lines, i);
    if (!reasoningSeen) reasoningSeen = REASONING.test(line);
    else if (ANSWER.test(line)) return i + 1;
  }
  return 0;
}
