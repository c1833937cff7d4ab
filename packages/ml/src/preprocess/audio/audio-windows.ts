/** Options for {@link audioWindows}. */
export interface AudioWindowsOptions {
  sampleRate: number;
  /** Window length in seconds. */
  windowSeconds: number;
  /** Seconds between window starts (default windowSeconds / 2, i.e. 50% overlap). */
  hopSeconds?: number;
}

/** One window of a longer recording; `samples` is a view into the input, not a copy. */
export interface AudioWindow {
  samples: Float32Array;
  startSeconds: number;
  endSeconds: number;
}

/**
 * Splits a recording into overlapping windows of windowSeconds every hopSeconds. When the last
 * regular window stops short of the end, one more window is aligned to the end so the tail is
 * covered; a recording shorter than one window is returned as a single window.
 */
export function audioWindows(samples: Float32Array, options: AudioWindowsOptions): AudioWindow[] {
  const { sampleRate, windowSeconds } = options;
  const hopSeconds = options.hopSeconds ?? windowSeconds / 2;
  if (!(sampleRate > 0)) throw new RangeError(`audioWindows: sampleRate must be positive, got ${sampleRate}`);
  if (!(windowSeconds > 0)) throw new RangeError(`audioWindows: windowSeconds must be positive, got ${windowSeconds}`);
  if (!(hopSeconds > 0 && hopSeconds <= windowSeconds)) {
    throw new RangeError(`audioWindows: hopSeconds must be in (0, windowSeconds], got ${hopSeconds}`);
  }
  const size = Math.max(1, Math.round(windowSeconds * sampleRate));
  const hop = Math.max(1, Math.round(hopSeconds * sampleRate));
  const window = (start: number): AudioWindow => {
    const end = Math.min(samples.length, start + size);
    return { samples: samples.subarray(start, end), startSeconds: start / sampleRate, endSeconds: end / sampleRate };
  };
  if (samples.length <= size) return [window(0)];
  const windows: AudioWindow[] = [];
  let start = 0;
  for (; start + size <= samples.length; start += hop) windows.push(window(start));
  const lastEnd = start - hop + size;
  if (lastEnd < samples.length) windows.push(window(samples.length - size));
  return windows;
}
