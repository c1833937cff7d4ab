/** Derives a distinct initialiser seed per layer from one model seed (undefined stays random). */
export function layerSeed(seed: number | undefined, layerIndex: number): number | undefined {
  return seed === undefined ? undefined : (seed * 7919 + layerIndex * 104_729) % 2_147_483_647;
}
