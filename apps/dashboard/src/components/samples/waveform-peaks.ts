/** Peak amplitude (0..1) per bucket of a decoded clip. */
export type Peaks = Float32Array;

const cache = new Map<string, Promise<Peaks>>();
let sharedContext: AudioContext | null = null;

function audioContext(): AudioContext {
  // One context for all decodes: browsers cap how many may exist at once.
  sharedContext ??= new AudioContext();
  return sharedContext;
}

/** Fetches a WAV (or any clip the browser decodes) and reduces it to `buckets` peaks; cached by URL. */
export function loadPeaks(url: string, buckets: number): Promise<Peaks> {
  const key = `${url}#${buckets}`;
  let peaks = cache.get(key);
  if (!peaks) {
    peaks = fetchPeaks(url, buckets);
    // A failed load is dropped so that the next render may retry.
    peaks.catch(() => cache.delete(key));
    cache.set(key, peaks);
  }
  return peaks;
}

async function fetchPeaks(url: string, buckets: number): Promise<Peaks> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const audio = await audioContext().decodeAudioData(await response.arrayBuffer());
  const channel = audio.getChannelData(0);
  const peaks = new Float32Array(buckets);
  const size = Math.max(1, Math.floor(channel.length / buckets));
  for (let b = 0; b < buckets; b += 1) {
    let max = 0;
    for (let i = b * size; i < Math.min(channel.length, (b + 1) * size); i += 1)
      max = Math.max(max, Math.abs(channel[i] ?? 0));
    peaks[b] = max;
  }
  return peaks;
}

/** Draws peaks as mirrored bars centred on the canvas. */
export function drawPeaks(canvas: HTMLCanvasElement, peaks: Peaks, color: string): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const { width, height } = canvas;
  context.clearRect(0, 0, width, height);
  context.fillStyle = color;
  const barWidth = width / peaks.length;
  for (let i = 0; i < peaks.length; i += 1) {
    const bar = Math.max(1, (peaks[i] ?? 0) * height);
    context.fillRect(i * barWidth, (height - bar) / 2, Math.max(1, barWidth - 0.5), bar);
  }
}
