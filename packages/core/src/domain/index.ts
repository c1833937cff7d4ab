/** The 7 emotions in model output order. */
export { EMOTIONS, type Emotion } from './emotions.js';
/** Maps a folder or file word (synonyms, any case) to an Emotion, or null. */
export { parseEmotion } from './emotions.js';
/** Label, split and metadata of a file from its path in an import; supported formats and their modality. */
export {
  placeSample,
  hasMediaExtension,
  mediaTypeFor,
  FORMAT_MODALITY,
  IMPORT_FORMATS,
  type SamplePlacement,
} from './dataset-layouts.js';
/** Every value of the domain's enums, in schema order (Prisma's and GraphQL's copies are tested against them). */
export { MODALITIES, ROLES, SPLITS, RUN_STATUSES, IMPORT_STATUSES } from './types.js';
/** Domain types returned by services. */
export type {
  Modality,
  Role,
  Split,
  RunStatus,
  ImportStatus,
  ImportFormat,
  Viewer,
  Dataset,
  DatasetVersion,
  LabelCount,
  ImportJob,
  ImportProblem,
  LabelConflict,
  TrainingEpoch,
  TrainingRun,
  ClassMetrics,
  ModelMetrics,
  ReliabilityBin,
  ModelVersion,
  EmotionScore,
  AliasAssignment,
  LabelChangeRecord,
} from './types.js';
/** Named training configurations and the default per modality. */
export { RECIPES, DEFAULT_RECIPE, recipeHyperparameters, type Recipe } from './recipes.js';
/** Everything a training run is configured with, and the image networks a run can train. */
export type { Hyperparameters, ImageNetwork, ResolvedHyperparameters } from './hyperparameters.js';
/** The image networks a recipe can train (ml's presets). */
export { IMAGE_NETWORKS, imageNetworkOf } from './hyperparameters.js';
/** A stored run's hyperparameters with every field resolved (runs made before a field existed trained without it). */
export { resolveHyperparameters } from './hyperparameters.js';
