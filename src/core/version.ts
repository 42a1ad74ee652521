import { readFileSync } from 'node:fs';

// Read once from package.json, which sits two levels above both src/core and dist/core.
export const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
})();

export const TOOL_NAME = 'stacklint';
