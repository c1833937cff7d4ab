import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClose } from '../../testing/expect-close.js';
import { seededValues } from '../../testing/seeded-values.js';
import { BATCH_NORM_TRAINING } from '../batch-norm-training-wasm.js';
import { backendLabel, initBackend } from '../init-backend.js';
import { loadNativeKernels } from './load-native-kernels.js';
import { setSmallWorkToWasm } from './native-kernel-args.js';
import { hasHardwareBf16, isNativeKernel, nativePrecision, registerNativeKernels } from './register-native-kernels.js';

const { native } = loadNativeKernels();
const t = (shape: number[], seed: number) => tf.tensor(seededValues(shape, seed), shape);

/** Runs f on cpu and on wasm (with the oneDNN kernels) and returns both results as arrays. */
async function onBoth(f: () => tf.Tensor | tf.Tensor[]): Promise<{ cpu: Float32Array[]; native: Float32Array[] }> {
  const run = async (backend: string) => {
    await tf.setBackend(backend);
    const out = tf.tidy(f);
    const list = Array.isArray(out) ? out : [out];
    const data = await Promise.all(list.map(async (x) => (await x.data()) as Float32Array));
    tf.dispose(list);
    return data;
  };
  return { cpu: await run('cpu'), native: await run('wasm') };
}

async function expectSame(f: () => tf.Tensor | tf.Tensor[], relative = 1e-4): Promise<void> {
  const { cpu, native: actual } = await onBoth(f);
  cpu.forEach((expected, i) => expectClose(actual[i]!, expected, relative));
}

interface ConvCase {
  x: number[];
  f: number[];
  s: number | [number, number];
  pad: 'same' | 'valid';
  d?: number;
}
const CONV: ConvCase[] = [
  { x: [1, 7, 7, 1], f: [3, 3, 1, 4], s: 1, pad: 'same' },
  { x: [2, 8, 9, 3], f: [3, 3, 3, 5], s: 2, pad: 'same' },
  { x: [1, 9, 8, 2], f: [3, 2, 2, 3], s: [2, 1], pad: 'valid' },
  { x: [3, 10, 10, 4], f: [5, 5, 4, 2], s: 3, pad: 'valid' },
  { x: [2, 6, 6, 2], f: [1, 1, 2, 3], s: 2, pad: 'same' },
  { x: [2, 2, 2, 2], f: [5, 5, 2, 2], s: 1, pad: 'same' },
  { x: [64, 6, 6, 8], f: [3, 3, 8, 16], s: 1, pad: 'same' },
  { x: [2, 11, 11, 32], f: [3, 3, 32, 64], s: 1, pad: 'same' },
];

describe.skipIf(!native)('native oneDNN kernels over wasm', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
    // Every shape below goes through the addon, not only the large ones the cut-overs leave it.
    setSmallWorkToWasm(false);
    expect(backendLabel('wasm')).toBe('wasm+onednn');
    expect(isNativeKernel(tf.getKernel('Conv2D', 'wasm'))).toBe(true);
  });

  describe.each(CONV)('conv2d x $x filter $f strides $s $pad', (c) => {
    it('matches the cpu backend forward and both gradients', async () => {
      await expectSame(() => {
        const x = t(c.x, 1) as tf.Tensor4D;
        const w = t(c.f, 2) as tf.Tensor4D;
        const loss = (a: tf.Tensor, b: tf.Tensor) =>
          tf.sum(tf.square(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.s, c.pad)));
        return [tf.conv2d(x, w, c.s, c.pad), ...tf.grads(loss)([x, w])];
      });
    });
  });

  it('matches cpu on dilated convolutions (same and valid)', async () => {
    await expectSame(() => [
      tf.conv2d(t([2, 9, 9, 3], 1) as tf.Tensor4D, t([3, 3, 3, 4], 2) as tf.Tensor4D, 1, 'same', 'NHWC', 2),
      tf.conv2d(t([1, 10, 8, 2], 3) as tf.Tensor4D, t([2, 3, 2, 3], 4) as tf.Tensor4D, 1, 'valid', 'NHWC', [2, 3]),
    ]);
  });

  it.each(['linear', 'relu', 'relu6', 'elu', 'sigmoid', 'leakyrelu', 'prelu'] as const)(
    'fuses bias and %s like cpu',
    async (activation) => {
      await expectSame(() => {
        const x = t([2, 8, 8, 3], 5) as tf.Tensor4D;
        const filter = t([3, 3, 3, 6], 6) as tf.Tensor4D;
        const bias = t([6], 7);
        const preluActivationWeights = activation === 'prelu' ? t([6], 8) : undefined;
        return tf.fused.conv2d({
          x,
          filter,
          strides: 1,
          pad: 'same',
          bias,
          activation,
          preluActivationWeights,
          leakyreluAlpha: 0.1,
        });
      });
    },
  );

  it.each([
    { x: [2, 7, 7, 3], f: [3, 3, 3, 2], s: 1, pad: 'same' as const },
    { x: [1, 8, 8, 4], f: [3, 3, 4, 1], s: 2, pad: 'valid' as const },
    { x: [64, 5, 5, 8], f: [3, 3, 8, 1], s: 1, pad: 'same' as const },
  ])('depthwise conv x $x filter $f matches cpu forward and gradients', async (c) => {
    await expectSame(() => {
      const x = t(c.x, 1) as tf.Tensor4D;
      const w = t(c.f, 2) as tf.Tensor4D;
      const loss = (a: tf.Tensor, b: tf.Tensor) =>
        tf.sum(tf.square(tf.depthwiseConv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.s, c.pad)));
      return [tf.depthwiseConv2d(x, w, c.s, c.pad), ...tf.grads(loss)([x, w])];
    });
  });

  it.each([
    { a: [5, 7], b: [7, 3], ta: false, tb: false },
    { a: [7, 5], b: [7, 3], ta: true, tb: false },
    { a: [5, 7], b: [3, 7], ta: false, tb: true },
    { a: [7, 5], b: [3, 7], ta: true, tb: true },
    { a: [4, 5, 7], b: [4, 7, 3], ta: false, tb: false },
    { a: [1, 5, 7], b: [4, 7, 3], ta: false, tb: false },
    { a: [64, 300], b: [300, 33], ta: false, tb: false },
  ])('matMul $a x $b (transposes $ta $tb) matches cpu', async (c) => {
    await expectSame(() => tf.matMul(t(c.a, 1), t(c.b, 2), c.ta, c.tb));
  });

  it('fuses matMul with bias and relu, and trains a dense layer like cpu', async () => {
    await expectSame(() => {
      const a = t([6, 9], 1) as tf.Tensor2D;
      const b = t([9, 4], 2) as tf.Tensor2D;
      const bias = t([4], 3);
      const loss = (x: tf.Tensor, w: tf.Tensor) =>
        tf.sum(tf.square(tf.fused.matMul({ a: x as tf.Tensor2D, b: w as tf.Tensor2D, bias, activation: 'relu' })));
      return [tf.fused.matMul({ a, b, bias, activation: 'relu' }), ...tf.grads(loss)([a, b])];
    });
  });

  it.each([
    { x: [2, 8, 8, 3], k: 2, s: 2, pad: 'valid' as const },
    { x: [2, 7, 7, 3], k: 3, s: 2, pad: 'same' as const },
    { x: [64, 6, 6, 4], k: 2, s: 2, pad: 'valid' as const },
    { x: [1, 5, 6, 2], k: 3, s: 1, pad: 'same' as const },
  ])('max and average pooling of $x ($k, stride $s, $pad) and gradients match cpu', async (c) => {
    await expectSame(() => {
      const x = t(c.x, 4) as tf.Tensor4D;
      const maxLoss = (a: tf.Tensor) => tf.sum(tf.square(tf.maxPool(a as tf.Tensor4D, c.k, c.s, c.pad)));
      const avgLoss = (a: tf.Tensor) => tf.sum(tf.square(tf.avgPool(a as tf.Tensor4D, c.k, c.s, c.pad)));
      return [tf.maxPool(x, c.k, c.s, c.pad), tf.avgPool(x, c.k, c.s, c.pad), tf.grad(maxLoss)(x), tf.grad(avgLoss)(x)];
    });
  });

  it('runs training-mode batch norm and its whole gradient like cpu moments + batchNorm', async () => {
    const shape = [16, 5, 5, 6];
    const weights = seededValues(shape, 9);
    const loss = (backend: string) => (x: tf.Tensor, scale: tf.Tensor, offset: tf.Tensor) => {
      const w = tf.tensor(weights, shape);
      if (backend === 'cpu') {
        const { mean, variance } = tf.moments(x, [0, 1, 2]);
        return tf.sum(tf.mul(tf.batchNorm(x, mean, variance, offset as tf.Tensor1D, scale as tf.Tensor1D, 1e-3), w));
      }
      const [y] = tf
        .engine()
        .runKernel(BATCH_NORM_TRAINING, { x, scale, offset }, { varianceEpsilon: 1e-3 }) as tf.Tensor[];
      return tf.sum(tf.mul(y!, w));
    };
    const results: Float32Array[][] = [];
    for (const backend of ['cpu', 'wasm']) {
      await tf.setBackend(backend);
      const grads = tf.tidy(() => tf.grads(loss(backend))([t(shape, 1), t([6], 2), t([6], 3)]));
      results.push(await Promise.all(grads.map(async (g) => (await g.data()) as Float32Array)));
      tf.dispose(grads);
    }
    results[0]!.forEach((expected, i) => expectClose(results[1]![i]!, expected, 1e-3));
  });

  it('agrees with finite differences on a small convolution', async () => {
    await tf.setBackend('wasm');
    const xs = seededValues([1, 5, 5, 2], 1);
    const ws = seededValues([3, 3, 2, 3], 2);
    const lossOf = (w: Float32Array) =>
      tf.tidy(
        () =>
          tf
            .sum(tf.square(tf.conv2d(tf.tensor4d(xs, [1, 5, 5, 2]), tf.tensor4d(w, [3, 3, 2, 3]), 2, 'same')))
            .dataSync()[0]!,
      );
    const analytic = tf.tidy(() =>
      tf
        .grad((w: tf.Tensor) =>
          tf.sum(tf.square(tf.conv2d(tf.tensor4d(xs, [1, 5, 5, 2]), w as tf.Tensor4D, 2, 'same'))),
        )(tf.tensor4d(ws, [3, 3, 2, 3]))
        .dataSync(),
    );
    for (const i of [0, 7, 20, 41, 53]) {
      const h = 1e-2;
      const plus = Float32Array.from(ws);
      const minus = Float32Array.from(ws);
      plus[i]! += h;
      minus[i]! -= h;
      expect((lossOf(plus) - lossOf(minus)) / (2 * h)).toBeCloseTo(analytic[i]!, 1);
    }
  });

  it('throws a JavaScript error naming the kernel and shapes when oneDNN refuses a call', () => {
    const buffer = new Float32Array(16);
    // Padding of 9 around a 3x3 window on a 2x2 image: oneDNN refuses the descriptor.
    const dims = Int32Array.from([1, 2, 2, 1, 1, 1, 1, 3, 3, 1, 1, 1, 1, 9, 9, 0]);
    expect(() => native!.conv2d(buffer, buffer, null, buffer, dims, 0, 0)).toThrow(/conv2d \[1,2,2,1.*oneDNN/);
    // Shapes that need more memory than the buffers hold are refused before oneDNN could overrun them.
    const tooBig = Int32Array.from([1, 2, 2, 1, 40, 40, 1, 3, 3, 1, 1, 1, 1, 0, 0, 0]);
    expect(() => native!.conv2d(buffer, buffer, null, buffer, tooBig, 0, 0)).toThrow(/the shapes need 1600/);
    expect(() => native!.conv2d(buffer, buffer, null, buffer, Int32Array.from([1, 2]), 0, 0)).toThrow(TypeError);
    expect(() =>
      native!.matMul(
        buffer,
        buffer,
        null,
        new Int32Array(4) as unknown as Float32Array,
        Int32Array.from([1, 1, 2, 2, 2, 0, 0]),
        0,
        0,
      ),
    ).toThrow(/Float32Array/);
  });

  it('leaves no tensors allocated after a training step', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory().numTensors;
    tf.tidy(() => {
      tf.grads((a: tf.Tensor, b: tf.Tensor) =>
        tf.sum(tf.maxPool(tf.relu(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'same')), 2, 2, 'valid')),
      )([t([2, 6, 6, 3], 1), t([3, 3, 3, 4], 2)]);
    });
    expect(tf.memory().numTensors).toBe(before);
  });
});

const bf16Capable = native !== null && ['avx512_core_bf16', 'avx512_core_amx'].includes(native.info().isa);

describe.skipIf(!bf16Capable)('bf16 convolutions', () => {
  it('match cpu within bf16 rounding and leave f32 calls exact', async () => {
    await initBackend({ prefer: 'wasm' });
    const conv = () => {
      const x = t([4, 12, 12, 16], 1) as tf.Tensor4D;
      const w = t([3, 3, 16, 32], 2) as tf.Tensor4D;
      const loss = (a: tf.Tensor, b: tf.Tensor) =>
        tf.sum(tf.square(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'same')));
      return [tf.conv2d(x, w, 1, 'same'), ...tf.grads(loss)([x, w])];
    };
    native!.setPrecision(1);
    try {
      const { cpu, native: bf16 } = await onBoth(conv);
      // bf16 keeps 8 bits of mantissa: ~0.4% per product, less after f32 accumulation.
      cpu.forEach((expected, i) => expectClose(bf16[i]!, expected, 2e-2));
      expect(cpu.some((expected, i) => expected.some((v, j) => v !== bf16[i]![j]))).toBe(true);
    } finally {
      native!.setPrecision(0);
    }
    await expectSame(conv);
  });
});

describe.skipIf(!native)("precision 'auto'", () => {
  it('picks bf16 convolutions exactly where the CPU multiplies bf16 in hardware', () => {
    try {
      expect(registerNativeKernels({ precision: 'auto' })).toBe(true);
      expect(nativePrecision()).toBe(bf16Capable ? 'bf16' : 'f32');
      expect(hasHardwareBf16(native!)).toBe(bf16Capable);
    } finally {
      registerNativeKernels({ precision: 'f32' });
    }
    expect(nativePrecision()).toBe('f32');
  });
});

describe.skipIf(!native)('size cut-overs', () => {
  it('send small pooling, matmul and ReLU calls to wasm and large ones to the addon', async () => {
    await initBackend({ prefer: 'wasm' });
    setSmallWorkToWasm(true);
    await tf.setBackend('wasm');
    const calls = (f: () => void) => {
      const before = native!.info().cachedPrimitives;
      tf.tidy(f);
      return native!.info().cachedPrimitives - before;
    };
    expect(
      calls(() => {
        tf.maxPool(tf.ones([1, 6, 6, 2]) as tf.Tensor4D, 2, 2, 'valid');
        tf.relu(tf.ones([1000]));
        tf.matMul(tf.ones([2, 3]), tf.ones([3, 4]));
      }),
    ).toBe(0);
    expect(
      calls(() => {
        tf.maxPool(tf.ones([8, 64, 64, 8]) as tf.Tensor4D, 2, 2, 'valid');
      }),
    ).toBe(1);
  });
});

describe('the oneDNN addon in CI', () => {
  it.runIf(process.env.CI === 'true' && process.env.EMOLAB_NATIVE !== '0')(
    'is built and loaded (CI installs libdnnl-dev)',
    () => {
      expect(loadNativeKernels().reason).toBe('loaded');
    },
  );
});
