/**
 * The outcome callers report when imageToFaceFeatures finds no face (an empty `faces` array):
 * an explicit answer, never a prediction on a guessed crop.
 */
export const NO_FACE = 'NO_FACE' as const;

/** The type of {@link NO_FACE}. */
export type NoFace = typeof NO_FACE;
