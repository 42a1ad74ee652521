import { describe, expect, test } from 'vitest';
import { parseCommand } from '../../src/cli/args.js';

describe('review arguments', () => {
  test('--time-limit is read for review as for check, and checked the same way', () => {
    const defaults = { jobs: 1, color: false };
    expect(parseCommand(['review', '--model', 'a.md', '--time-limit', '12'], defaults)).toMatchObject({ command: 'review', model: 'a.md', timeLimit: 12 });
    expect(parseCommand(['review', 'tests/seeds/seed-002', '--time-limit', '0'], defaults)).toMatchObject({ command: 'review', timeLimit: 0 });
    expect(() => parseCommand(['review', '--model', 'a.md', '--time-limit', 'soon'], defaults)).toThrow(/--time-limit must be a number of seconds/);
  });
});
