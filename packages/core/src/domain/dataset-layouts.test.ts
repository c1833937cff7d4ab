import { describe, expect, it } from 'vitest';
import { parseEmotion } from './emotions.js';
import { hasMediaExtension, placeSample } from './dataset-layouts.js';

describe('parseEmotion', () => {
  it('maps synonyms in any case and TESS abbreviations', () => {
    expect(
      ['Angry', 'anger', 'HAPPINESS', 'surprised', 'ps', 'pleasant_surprise', 'Fearful', 'disgusted'].map(parseEmotion),
    ).toEqual(['ANGRY', 'ANGRY', 'HAPPY', 'SURPRISE', 'SURPRISE', 'SURPRISE', 'FEAR', 'DISGUST']);
  });

  it('returns null for words that are not emotions', () => {
    expect(parseEmotion('joyful')).toBeNull();
  });
});

describe('placeSample', () => {
  describe('when the format is fer2013', () => {
    it('reads split and label from the folders', () => {
      expect(placeSample('fer2013', 'train/Happy/Training_1.jpg')).toEqual({
        label: 'HAPPY',
        split: 'TRAIN',
        speaker: null,
        word: null,
      });
      expect(placeSample('fer2013', 'fer2013/test/sad/PublicTest_9.jpg')).toMatchObject({
        label: 'SAD',
        split: 'TEST',
      });
    });

    it('names an unknown emotion folder', () => {
      expect(placeSample('fer2013', 'train/joyful/a.jpg')).toBe("unknown emotion folder 'joyful'");
    });
  });

  describe('when the format is tess', () => {
    it('reads speaker, word and emotion from the file name', () => {
      expect(placeSample('tess', 'OAF_pleasant_surprise/OAF_bite_ps.wav')).toMatchObject({
        label: 'SURPRISE',
        speaker: 'OAF',
        word: 'bite',
      });
    });

    it('tolerates the misspelt OA_ speaker prefix', () => {
      expect(placeSample('tess', 'OAF_neutral/OA_bite_neutral.wav')).toMatchObject({
        speaker: 'OAF',
        label: 'NEUTRAL',
      });
    });

    it('keeps every word on one side of the split', () => {
      const splits = new Set(
        ['angry', 'sad', 'happy'].map(
          (e) => (placeSample('tess', `YAF_${e}/YAF_chair_${e}.wav`) as { split: string }).split,
        ),
      );
      expect(splits.size).toBe(1);
    });

    it('refuses a file whose emotion disagrees with its folder', () => {
      expect(placeSample('tess', 'OAF_sad/OAF_bite_happy.wav')).toMatch(/disagrees/);
    });
  });
});

describe('hasMediaExtension', () => {
  it('accepts images for IMAGE and audio for AUDIO only', () => {
    expect([
      hasMediaExtension('IMAGE', 'a.JPG'),
      hasMediaExtension('IMAGE', 'a.wav'),
      hasMediaExtension('AUDIO', 'a.wav'),
    ]).toEqual([true, false, true]);
  });
});
