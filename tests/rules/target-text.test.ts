// Messages that judge arguments name the provider version they were judged against, and say so when
// the answer pins an older major than any schema stacklint has.

import { expect, test } from 'vitest';
import type { ResourceModel } from '../../src/model/types.js';
import { targetText } from '../../src/rules/_shared/aws-schema-names.js';

const model = (pin: string | undefined, major: 6 | 7) => ({ input: { awsProviderVersion: pin }, aws: { major } }) as unknown as ResourceModel;

test.each([
  [undefined, 7, '7.x (no version is pinned, so the newest)'],
  ['^6.0.0', 6, "6.x (the newest the answer's `^6.0.0` allows)"],
  ['>=5.0.0,<6.0.0', 6, "6.x (the oldest stacklint knows: the answer's `>=5.0.0,<6.0.0` pins an older major, where it may differ)"],
] as const)('%s', (pin, major, text) => {
  expect(targetText(model(pin, major))).toBe(text);
});
