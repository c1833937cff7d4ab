import { encodeWav16 } from './encode-wav';

/** Rate the dashboard sends recordings at: what the speech models use, and a third of a 48 kHz file. */
export const RECORDING_SAMPLE_RATE = 16_000;

/** A decoded recording as WAV, with its length. */
export interface WavRecording {
  wav: Blob;
  seconds: number;
}

/** Averages the channels of a decoded buffer into one. */
function mixToMono(buffer: AudioBuffer): Float32Array {
  const mono = new Float32Array(buffer.length);
  for (let channel = 0; channel < buffer.numberOfChannels; channel += 1) {
    const data = buffer.getChannelData(channel);
    for (let i = 0; i < data.length; i += 1) mono[i] = (mono[i] ?? 0) + (data[i] ?? 0) / buffer.numberOfChannels;
  }
  return mono;
}

/**
 * Decodes a MediaRecorder recording (WebM/Opus, Ogg, MP4…) with the Web Audio API, which also resamples
 * it to the context's rate, and re-encodes it as 16-bit PCM WAV.
 */
export async function recordingToWav(recording: Blob): Promise<WavRecording> {
  // An OfflineAudioContext decodes without needing a user gesture or an output device.
  const context = new OfflineAudioContext(1, 1, RECORDING_SAMPLE_RATE);
  const buffer = await context.decodeAudioData(await recording.arrayBuffer());
  const samples = mixToMono(buffer);
  return { wav: new Blob([encodeWav16(samples, buffer.sampleRate)], { type: 'audio/wav' }), seconds: buffer.duration };
}
