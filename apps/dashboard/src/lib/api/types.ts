/** Enum values of the API's GraphQL schema (apps/api/src/graphql/schema.graphql). */
export type Emotion = 'ANGRY' | 'DISGUST' | 'FEAR' | 'HAPPY' | 'NEUTRAL' | 'SAD' | 'SURPRISE';
export type Modality = 'IMAGE' | 'AUDIO';
export type Role = 'ADMIN' | 'TRAINER' | 'LABELER' | 'VIEWER';
export type Split = 'TRAIN' | 'VALIDATION' | 'TEST' | 'UNASSIGNED';
export type RunStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELED';

/** The emotions in the order the API uses for labels. */
export const EMOTIONS: readonly Emotion[] = ['ANGRY', 'DISGUST', 'FEAR', 'HAPPY', 'NEUTRAL', 'SAD', 'SURPRISE'];
export const SPLITS: readonly Split[] = ['TRAIN', 'VALIDATION', 'TEST', 'UNASSIGNED'];
export const MODALITIES: readonly Modality[] = ['IMAGE', 'AUDIO'];

export function isModality(value: unknown): value is Modality {
  return value === 'IMAGE' || value === 'AUDIO';
}
