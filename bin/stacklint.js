#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // One line, no raw control characters (messages can quote file content).
    const message = String(err && err.message ? err.message : err).split('\n')[0];
    // eslint-disable-next-line no-control-regex
    const safe = message.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    process.stderr.write(`stacklint: internal error: ${safe}\n`);
    process.exitCode = 2;
  },
);

// `stacklint ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
