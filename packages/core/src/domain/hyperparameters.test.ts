import { describe, expect, it } from 'vitest';
import { resolveHyperparameters } from './hyperparameters.js';
import { RECIPES, recipeHyperparameters } from './recipes.js';

describe('resolveHyperparameters', () => {
  it('keeps every field a run was stored with', () => {
    const stored = recipeHyperparameters(RECIPES['fer-fast']!, { epochs: 3 });
    const resolved = resolveHyperparameters(stored, 'IMAGE');
    expect(resolved).toEqual({ ...stored, epochs: 3, network: 'vgg40-bn' });
  });

  it('gives a run stored before a field existed what it trained with then', () => {
    const resolved = resolveHyperparameters({ epochs: 5, modelSize: 'large', augmentation: true }, 'IMAGE');
    expect(resolved).toMatchObject({
      epochs: 5,
      batchSize: 64,
      learningRate: 0.001,
      seed: 42,
      augmentation: true,
      learningRateSchedule: 'constant',
      weightDecay: 0,
      testTimeAugmentation: 'none',
      earlyStoppingPatience: 0,
      network: 'cnn-large',
    });
    expect(resolved.augmentations).toBeUndefined();
  });

  it('leaves audio runs without a network and ignores stored nulls', () => {
    const resolved = resolveHyperparameters(
      { ...RECIPES['tess-fast']!.defaults, weightDecay: null as unknown as number },
      'AUDIO',
    );
    expect(resolved.network).toBeUndefined();
    expect(resolved).toMatchObject({ epochs: 40, batchSize: 32, weightDecay: 0 });
  });
});
