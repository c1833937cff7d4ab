// TESS clips as pooled-MFCC features with speaker and word, and its two evaluation splits.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audioToFeatures, DEFAULT_AUDIO_FEATURES } from '@emolab/ml/preprocess';

const LABELS = ['angry', 'disgust', 'fear', 'happy', 'neutral', 'sad', 'surprise'];

/**
 * Every clip: { features, label, speaker: 'OAF' | 'YAF', word }; also the time spent decoding and
 * featurising (of the run that filled the cache under the OS temp dir, when it was reused).
 */
export function loadTess(datasetsDir) {
  const { sampleRate, frameSize, hopSize, mfccCoefficients } = DEFAULT_AUDIO_FEATURES;
  const cache = join(
    tmpdir(),
    'emolab-bench',
    `tess-features-${sampleRate}-${frameSize}-${hopSize}-${mfccCoefficients}.json`,
  );
  if (existsSync(cache)) {
    const saved = JSON.parse(readFileSync(cache, 'utf8'));
    return {
      clips: saved.clips.map((c) => ({ ...c, features: Float32Array.from(c.features) })),
      seconds: saved.seconds,
      cached: true,
    };
  }
  const loaded = featurise(datasetsDir);
  mkdirSync(join(tmpdir(), 'emolab-bench'), { recursive: true });
  writeFileSync(
    cache,
    JSON.stringify({
      seconds: loaded.seconds,
      clips: loaded.clips.map((c) => ({ ...c, features: Array.from(c.features) })),
    }),
  );
  return loaded;
}

function featurise(datasetsDir) {
  const root = join(datasetsDir, 'tess');
  const clips = [];
  const started = performance.now();
  for (const folder of readdirSync(root).sort()) {
    const [speaker, ...emotionParts] = folder.split('_');
    const emotion = emotionParts.join('_').toLowerCase();
    const label = LABELS.indexOf(emotion === 'pleasant_surprise' ? 'surprise' : emotion);
    if (label < 0) continue;
    for (const name of readdirSync(join(root, folder)).sort()) {
      if (!name.endsWith('.wav')) continue;
      const word = name.split('_')[1];
      clips.push({ features: audioToFeatures(readFileSync(join(root, folder, name))), label, speaker, word });
    }
  }
  return { clips, seconds: (performance.now() - started) / 1000 };
}

const asSet = (clips) => ({ features: clips.map((c) => c.features), labels: clips.map((c) => c.label) });

/** 20% of the words (every 5th in sorted order) held out for testing, both speakers in both parts. */
export function wordDisjointSplit(clips) {
  const words = [...new Set(clips.map((c) => c.word))].sort();
  const testWords = new Set(words.filter((_, i) => i % 5 === 2));
  return {
    train: asSet(clips.filter((c) => !testWords.has(c.word))),
    test: asSet(clips.filter((c) => testWords.has(c.word))),
  };
}

/** Train on one speaker, test on the other. */
export function speakerSplit(clips, trainSpeaker) {
  return {
    train: asSet(clips.filter((c) => c.speaker === trainSpeaker)),
    test: asSet(clips.filter((c) => c.speaker !== trainSpeaker)),
  };
}
