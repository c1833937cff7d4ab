/** The 7 emotions of FER2013 and TESS, in the order models use for their outputs. */
export const EMOTIONS = ['ANGRY', 'DISGUST', 'FEAR', 'HAPPY', 'NEUTRAL', 'SAD', 'SURPRISE'] as const;
export type Emotion = (typeof EMOTIONS)[number];

const SYNONYMS: Record<string, Emotion> = {
  angry: 'ANGRY',
  anger: 'ANGRY',
  disgust: 'DISGUST',
  disgusted: 'DISGUST',
  fear: 'FEAR',
  fearful: 'FEAR',
  afraid: 'FEAR',
  happy: 'HAPPY',
  happiness: 'HAPPY',
  neutral: 'NEUTRAL',
  sad: 'SAD',
  sadness: 'SAD',
  surprise: 'SURPRISE',
  surprised: 'SURPRISE',
  ps: 'SURPRISE',
  pleasant_surprise: 'SURPRISE',
  pleasant_surprised: 'SURPRISE',
};

/** Maps a folder or file-name word (any case, common synonyms, TESS `ps`) to an Emotion, or null. */
export function parseEmotion(word: string): Emotion | null {
  return (
    SYNONYMS[
      word
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_')
    ] ?? null
  );
}
