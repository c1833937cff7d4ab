/** The oneDNN kernels; every buffer argument is a Float32Array read or written in place. */
export interface NativeKernels {
  setNumThreads(threads: number): void;
  /** 1: convolutions multiply in bf16 (f32 in and out); throws on CPUs without AVX512_BF16. Per calling thread. */
  setPrecision(bf16: number): void;
  info(): { version: string; threads: number; isa: string; cachedPrimitives: number };
  conv2d(
    x: Float32Array,
    filter: Float32Array,
    bias: Float32Array | null,
    y: Float32Array,
    dims: Int32Array,
    activation: number,
    alpha: number,
  ): void;
  conv2dBackwardData(dy: Float32Array, filter: Float32Array, dx: Float32Array, dims: Int32Array): void;
  conv2dBackwardFilter(x: Float32Array, dy: Float32Array, dFilter: Float32Array, dims: Int32Array): void;
  matMul(
    a: Float32Array,
    b: Float32Array,
    bias: Float32Array | null,
    c: Float32Array,
    dims: Int32Array,
    activation: number,
    alpha: number,
  ): void;
  pool(x: Float32Array, y: Float32Array, dims: Int32Array): void;
  poolGrad(dy: Float32Array, x: Float32Array | null, dx: Float32Array, dims: Int32Array): void;
  batchNormTraining(
    x: Float32Array,
    scale: Float32Array,
    offset: Float32Array,
    y: Float32Array,
    mean: Float32Array,
    variance: Float32Array,
    rows: number,
    channels: number,
    epsilon: number,
  ): void;
  /** op: 0 relu(a), 1 relu gradient (dy = a, x = b), 2 a + b, 3 a * b, 4 a - b; n elements. */
  eltwise(op: number, a: Float32Array, b: Float32Array | null, out: Float32Array, n: number): void;
  adamUpdate(
    value: Float32Array,
    m: Float32Array,
    v: Float32Array,
    gradient: Float32Array,
    newValue: Float32Array,
    newM: Float32Array,
    newV: Float32Array,
    n: number,
    beta1: number,
    beta2: number,
    epsilon: number,
    learningRate: number,
    oneMinusAccBeta1: number,
    oneMinusAccBeta2: number,
  ): void;
  batchNormTrainingGrad(
    dy: Float32Array,
    dMean: Float32Array,
    dVariance: Float32Array,
    x: Float32Array,
    mean: Float32Array,
    variance: Float32Array,
    scale: Float32Array,
    dx: Float32Array,
    dScale: Float32Array,
    dOffset: Float32Array,
    rows: number,
    channels: number,
    epsilon: number,
  ): void;
}
/** The addon, or null when it is not built, failed to load or is disabled. */
export declare const native: NativeKernels | null;
/** Why native is what it is ('loaded' when it loaded). */
export declare const reason: string;
