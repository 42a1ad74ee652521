// Large Python files are parsed in chunks of whole top-level statements, with the same result as one
// parse: the cut points never fall inside brackets, strings, continuations, decorated definitions or
// if/else and try/except chains.

import { describe, expect, test } from 'vitest';
import { initPythonParser, parsePython } from '../../../src/frontends/python/index.js';
import { CHUNK_CHARS, chunkStarts } from '../../../src/frontends/python/chunks.js';

const UNIT = `import pulumi_aws as aws

config = {
    "name": "a",
    "tags": {"Team": "x"},
}
TEXT = """
def not_code():
    pass
"""


@decorator
def build(i):
    if i:
        return aws.s3.Bucket(f"b{i}", tags=config["tags"])
    return None


if config:
    x = build(1)
else:
    x = build(2)
try:
    y = build(3)
except Exception:
    y = None
total = 1 + \\
    2
`;

describe('chunk starts', () => {
  test('small files are parsed whole', () => {
    expect(chunkStarts(UNIT)).toEqual([]);
  });

  test('cut only before top-level statements', () => {
    const text = UNIT.repeat(40);
    const starts = chunkStarts(text, 200);
    expect(starts.length).toBeGreaterThan(10);
    for (const s of starts) {
      const line = text.slice(s, text.indexOf('\n', s));
      expect(line, line).toMatch(/^(import|config|TEXT|@decorator|if config|try|total)/);
      expect(text[s - 1]).toBe('\n');
    }
  });

  test('a bracket never closed does not stop the cuts at the next definition', () => {
    const text = `x = f(1,\n${UNIT.repeat(40)}`;
    expect(chunkStarts(text, 200).length).toBeGreaterThan(10);
  });

  test('text with no statement at column 0 is still cut, every few chunks', () => {
    const text = '    x = 1\n'.repeat(Math.ceil((CHUNK_CHARS * 9) / 10));
    expect(chunkStarts(text).length).toBe(2);
  });
});

describe('chunked parse', () => {
  test('a file several chunks long parses to the same statements, without errors', async () => {
    await initPythonParser();
    const one = parsePython('one.py', UNIT);
    const copies = Math.ceil((3 * CHUNK_CHARS) / UNIT.length);
    const big = parsePython('big.py', UNIT.repeat(copies));
    expect(chunkStarts(UNIT.repeat(copies)).length).toBeGreaterThanOrEqual(2);
    expect(one.errors).toEqual([]);
    expect(big.errors).toEqual([]);
    expect(big.body.length).toBe(one.body.length * copies);
    // Positions are those of the whole file.
    const last = big.body[big.body.length - 1]!;
    expect(last.s).toBeGreaterThan(2 * CHUNK_CHARS);
  });
});
