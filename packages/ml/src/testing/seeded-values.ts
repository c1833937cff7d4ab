/** Deterministic pseudo-random floats in [-1, 1) for a tensor of this shape (a small LCG). */
export function seededValues(shape: readonly number[], seed: number): Float32Array {
  const values = new Float32Array(shape.reduce((a, b) => a * b, 1));
  let state = seed >>> 0;
  for (let i = 0; i < values.length; i++) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    values[i] = state / 2_147_483_648 - 1;
  }
  return values;
}
