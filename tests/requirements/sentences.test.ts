import { describe, expect, test } from 'vitest';
import { promptSentences, splitSentences } from '../../src/requirements/sentences.js';

describe('splitSentences', () => {
  test('splits at sentence ends, not at abbreviations or decimals', () => {
    expect(splitSentences('Use Python 3.11 (e.g. for Lambda). Deploy to us-east-1. Done')).toEqual(['Use Python 3.11 (e.g. for Lambda).', 'Deploy to us-east-1.', 'Done']);
  });
  test('splits inline enumerations', () => {
    expect(splitSentences('The configuration must: 1. Set up a VPC. 2. Create a bucket.')).toEqual(['The configuration must:', '1. Set up a VPC.', '2. Create a bucket.']);
  });
});

describe('promptSentences', () => {
  const md = [
    '# Task', //                                   1
    '', //                                         2
    'Intro line one.', //                          3
    'Intro line two.', //                          4
    '', //                                         5
    '## Requirements', //                          6
    '', //                                         7
    '- All resources must be tagged with:', //     8
    '  - Environment: production', //              9
    '- **Networking**', //                         10
    '  - Create a VPC', //                         11
    '', //                                         12
    '```python', //                                13
    'retention_in_days = 7', //                    14
    '```', //                                      15
    '', //                                         16
    '| Setting | Value |', //                      17
    '|---|---|', //                                18
    '| Lambda memory | 512 MB |', //              19
    '', //                                         20
    '<task_context>', //                           21
    'Deploy in us-east-1.', //                     22
    '</task_context>', //                          23
  ].join('\n');
  const sentences = promptSentences(md);
  const at = (line: number) => sentences.filter((s) => s.line === line);

  test('keeps the line of every sentence, including soft-wrapped paragraphs', () => {
    expect(at(3).map((s) => s.text)).toEqual(['Intro line one.']);
    expect(at(4).map((s) => s.text)).toEqual(['Intro line two.']);
  });
  test('gives list items the text that introduces them', () => {
    expect(at(9)[0]).toMatchObject({ text: 'Environment: production', inList: true, lead: { text: 'All resources must be tagged with:', line: 8 } });
    expect(at(11)[0]!.lead?.text).toBe('Networking');
  });
  test('drops bold item titles and code blocks', () => {
    expect(at(10)).toEqual([]);
    expect(at(14)).toEqual([]);
  });
  test('reads table rows and the headings above them', () => {
    expect(at(19)[0]).toMatchObject({ text: 'Lambda memory: 512 MB', headings: ['Task', 'Requirements'] });
  });
  test('reads the text of XML-like sections, whose tag acts as a heading', () => {
    expect(at(22)[0]).toMatchObject({ text: 'Deploy in us-east-1.', headings: ['task context'] });
  });
});
