/** The seven FER2013 emotion classes, in label-index order. */
export const EMOTION_LABELS = ['angry', 'disgust', 'fear', 'happy', 'neutral', 'sad', 'surprise'] as const;

/** One of {@link EMOTION_LABELS}. */
export type EmotionLabel = (typeof EMOTION_LABELS)[number];
