/** Frames of per-band values, row-major: data[frame * melBins + bin]. */
export interface Spectrogram {
  data: Float32Array;
  frames: number;
  melBins: number;
}
