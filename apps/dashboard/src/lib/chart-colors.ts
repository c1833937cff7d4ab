import type { Emotion } from '@/gql/graphql';

/** Series colours with good contrast on white, distinguishable for common colour-vision deficiencies (Okabe-Ito). */
export const SERIES_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'] as const;

/** One fixed colour per emotion, so charts on different pages agree. */
export const EMOTION_COLORS: Record<Emotion, string> = {
  ANGRY: '#d55e00',
  DISGUST: '#009e73',
  FEAR: '#cc79a7',
  HAPPY: '#e69f00',
  NEUTRAL: '#6b7280',
  SAD: '#0072b2',
  SURPRISE: '#56b4e9',
};

/** The i-th series colour, wrapping around. */
export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? '#000000';
}
