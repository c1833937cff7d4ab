import { expect } from 'vitest';

/** Asserts two arrays match within `relative` of the larger array's largest magnitude. */
export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, relative = 1e-4): void {
  expect(actual.length).toBe(expected.length);
  let scale = 0;
  for (let i = 0; i < expected.length; i++) scale = Math.max(scale, Math.abs(expected[i] as number));
  let worst = 0;
  for (let i = 0; i < expected.length; i++)
    worst = Math.max(worst, Math.abs((actual[i] as number) - (expected[i] as number)));
  expect(worst).toBeLessThanOrEqual(relative * scale + 1e-6);
}
