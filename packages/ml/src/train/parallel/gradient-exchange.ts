/** Slots of the control array (Int32). */
const ARRIVED = 0;
const GENERATION = 1;
const ABORTED = 2;

/** Shared memory through which the workers of one run average their gradients. */
export interface GradientExchangeBuffers {
  /** Int32 counters: arrivals, barrier generation, abort flag. */
  control: SharedArrayBuffer;
  /** Float32: two step parities x workers x parameters. */
  gradients: SharedArrayBuffer;
  workers: number;
  parameters: number;
}

/** Allocates the shared buffers for `workers` replicas of a model with `parameters` trainable values. */
export function createGradientExchangeBuffers(workers: number, parameters: number): GradientExchangeBuffers {
  return {
    control: new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT),
    gradients: new SharedArrayBuffer(2 * workers * parameters * Float32Array.BYTES_PER_ELEMENT),
    workers,
    parameters,
  };
}

/** Makes every worker blocked in the exchange (and every later arrival) throw instead of waiting forever. */
export function abortGradientExchange(buffers: GradientExchangeBuffers): void {
  const control = new Int32Array(buffers.control);
  Atomics.store(control, ABORTED, 1);
  Atomics.add(control, GENERATION, 1);
  Atomics.notify(control, GENERATION);
}

/**
 * One worker's view of the exchange. Each step a worker writes its sample-weighted gradient sum
 * into its slot, waits at a barrier, then sums all slots in rank order, so every replica gets
 * bit-identical averages and stays in lockstep. Slots alternate by step parity: a worker can only
 * overwrite a parity's slots after the next barrier, by which time everyone has read them.
 */
export class GradientExchange {
  private readonly control: Int32Array;
  private readonly slots: Float32Array;
  private parity = 0;

  constructor(
    private readonly buffers: GradientExchangeBuffers,
    private readonly rank: number,
  ) {
    this.control = new Int32Array(buffers.control);
    this.slots = new Float32Array(buffers.gradients);
  }

  /** This worker's slot for the current step, to fill with its gradient sum (zeros when it had no samples). */
  ownSlot(): Float32Array {
    const { workers, parameters } = this.buffers;
    const start = (this.parity * workers + this.rank) * parameters;
    return this.slots.subarray(start, start + parameters);
  }

  /** Waits for every worker's slot, then writes (sum of slots) / total into `out`. */
  average(total: number, out: Float32Array): void {
    this.barrier();
    const { workers, parameters } = this.buffers;
    const base = this.parity * workers * parameters;
    out.set(this.slots.subarray(base, base + parameters));
    for (let r = 1; r < workers; r++) {
      const offset = base + r * parameters;
      for (let i = 0; i < parameters; i++) out[i] = (out[i] as number) + (this.slots[offset + i] as number);
    }
    const scale = 1 / total;
    for (let i = 0; i < parameters; i++) out[i] = (out[i] as number) * scale;
    this.parity ^= 1;
  }

  private barrier(): void {
    const { control } = this;
    const generation = Atomics.load(control, GENERATION);
    if (Atomics.load(control, ABORTED)) throw new Error('gradient exchange aborted');
    if (Atomics.add(control, ARRIVED, 1) + 1 === this.buffers.workers) {
      Atomics.store(control, ARRIVED, 0);
      Atomics.add(control, GENERATION, 1);
      Atomics.notify(control, GENERATION);
      return;
    }
    while (Atomics.load(control, GENERATION) === generation) Atomics.wait(control, GENERATION, generation, 1000);
    if (Atomics.load(control, ABORTED)) throw new Error('gradient exchange aborted');
  }
}
