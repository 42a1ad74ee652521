import { describe, expect, test } from 'vitest';
import { admitsMajor, selectAwsMajor } from '../../src/schema/select-major.js';

describe('selectAwsMajor', () => {
  test.each([
    // npm
    ['^6.0.0', 6],
    ['~6.40.0', 6],
    ['6.x', 6],
    ['6', 6],
    ['6.83.4', 6],
    ['>=6.0.0 <7.0.0', 6],
    ['>= 6.0.0 < 7', 6],
    ['6.0.0 - 6.83.4', 6],
    ['^5.43.0', 6],
    ['^7.0.0', 7],
    ['^6.0.0 || ^7.0.0', 7],
    ['>=6.0.0', 7],
    ['latest', 7],
    ['*', 7],
    // PEP 440 and Poetry
    ['>=6.0.0,<7.0.0', 6],
    ['~=6.40', 6],
    ['~=6.40.1', 6],
    ['==6.83', 6],
    ['==6.*', 6],
    ['<7', 6],
    ['<=6.83.4', 6],
    ['>6.83.4', 7],
    ['!=7.0.0', 7],
    ['>=7.0.0,<8.0.0', 7],
  ] as const)('%s → %i', (constraint, major) => {
    expect(selectAwsMajor(constraint)).toBe(major);
  });

  test('defaults to the newest major', () => {
    expect(selectAwsMajor(undefined)).toBe(7);
    expect(selectAwsMajor('')).toBe(7);
    expect(selectAwsMajor('>=8.0.0,<7.0.0')).toBe(7);
  });
});

describe('admitsMajor', () => {
  test.each([
    ['^6.0.0', 6, true],
    ['>=5.0.0,<6.0.0', 6, false],
    ['<6.0.0', 6, false],
    ['5.x', 6, false],
    ['>=5 <7', 6, true],
    ['^7.2.0', 7, true],
    ['^6.0.0', 7, false],
    ['>=6.0.0', 7, true],
    ['^5 || ^6', 6, true],
    [undefined, 7, true],
    ['latest', 6, true],
  ] as const)('%s admits %s: %s', (constraint, major, expected) => {
    expect(admitsMajor(constraint, major)).toBe(expected);
  });
});
