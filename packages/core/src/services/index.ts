/** What services need: the database and the queues. */
export type { CoreDeps, DbDeps } from './deps.js';
/** Creates an API key; returns the plain key once. */
export { createApiKey, hashApiKey, type CreateApiKeyInput } from './api-keys/create-api-key.js';
/** Resolves a Bearer key to a viewer (UNAUTHENTICATED otherwise); role checks (FORBIDDEN). */
export { authenticateApiKey, assertRole } from './api-keys/authenticate-api-key.js';
/** First-start admin key in the credentials file (mode 0600), and reading it back. */
export { ensureAdminCredentials, readCredentialsFile } from './api-keys/ensure-admin-credentials.js';
/** Dataset listing and lookup. */
export { findDatasets, findDataset } from './datasets/find-datasets.js';
/** Dataset versions and their label counts. */
export { findDatasetVersions, findDatasetVersion, findLabelCounts } from './datasets/find-dataset-versions.js';
/** Opens an import for uploads. */
export { createImportJob, IMPORT_ROLES, type CreateImportJobInput } from './imports/create-import-job.js';
/** Stores one uploaded file of an open import by content hash. */
export {
  storeImportFiles,
  getOpenImportJob,
  type StoreImportFilesInput,
  type StoreImportFilesResult,
  type UploadedFile,
} from './imports/store-import-file.js';
/** Closes uploads and queues the import job. */
export { finishImportJob } from './imports/finish-import-job.js';
/** The import with this id, or null. */
export { findImportJob, findUploadedPaths } from './imports/find-import-job.js';
/** Pages of an import's files with their bytes. */
export { readImportFiles, type ImportFileContent } from './imports/read-import-files.js';
/** Import state changes and progress. */
export { markImportJobRunning, recordImportProgress, markImportJobFailed } from './imports/mark-import-job.js';
/** Turns a checked import into a new dataset version, all or nothing. */
export { completeImportJob, type AcceptedFile, type CompleteImportJobInput } from './imports/complete-import-job.js';
/** Saves a QUEUED run and enqueues its job. */
export { createTrainingRun, type CreateTrainingRunInput } from './training-runs/create-training-run.js';
/** Run listing, lookup and epochs. */
export { findTrainingRuns, findTrainingRun, findTrainingEpochs } from './training-runs/find-training-runs.js';
/** Run state changes and per-epoch metrics. */
export {
  markTrainingRunStarted,
  recordTrainingEpoch,
  markTrainingRunFinished,
  markTrainingRunFailed,
} from './training-runs/mark-training-run.js';
/** Pages of a version's labeled samples with their bytes. */
export { readTrainingSamples, type TrainingSample } from './training-runs/read-training-samples.js';
/** Saves a trained model version; first one per modality becomes production. */
export { createModelVersion, type CreateModelVersionInput } from './model-versions/create-model-version.js';
/** Model version listing and lookup. */
export { findModelVersions, findModelVersion } from './model-versions/find-model-versions.js';
/** Which model serves a prediction, and its weights. */
export { getModelVersionIdForPrediction, getModelWeights } from './model-versions/get-model-for-prediction.js';
/** Bytes of blobs by hash, in one query. */
export { findBlobContents } from './blobs/find-blob-contents.js';
/** Cached model inputs by blob and preprocessing key. */
export { findCachedFeatures } from './feature-cache/find-cached-features.js';
/** Stores computed model inputs (u8 for pixel data, f32 otherwise). */
export { saveCachedFeatures } from './feature-cache/save-cached-features.js';
/** Per-epoch training checkpoints (newest two kept). */
export { saveTrainingCheckpoint, findLatestCheckpoint } from './checkpoints/training-checkpoints.js';
/** Cancels a queued run, or asks a running one to stop at its next batch; cancel state for workers. */
export { cancelTrainingRun, isCancelRequested, markTrainingRunCanceled } from './training-runs/cancel-training-run.js';
/** Queues a failed or canceled run again (it resumes from its last checkpoint). */
export { retryTrainingRun } from './training-runs/retry-training-run.js';
/** Launch overrides accepted on top of a recipe. */
export type { TrainingOverrides } from './training-runs/create-training-run.js';
/** Moves aliases with history, rolls them back, lists their history. */
export { setModelAlias, rollbackModelAlias, findAliasHistory } from './model-versions/set-model-alias.js';
/** 2 to 4 model versions with test predictions, hyperparameters and curves, for comparison. */
export { findModelsForComparison, type ComparableModel } from './model-versions/find-models-for-comparison.js';
/** Registers a model trained elsewhere against a dataset. */
export { importModelVersion, type ImportModelVersionInput } from './model-versions/import-model-version.js';
/** Labeling drafts: open one (a copy of the latest version), commit it into an immutable version. */
export { startLabelingDraft, commitDatasetVersion, LABELING_ROLES } from './labeling/start-labeling-draft.js';
/** Set, change or clear labels one at a time or in bulk (recorded), and undo a batch. */
export { setSampleLabels, undoLabelChanges, type LabelingResult } from './labeling/set-sample-labels.js';
/** Paginated, filtered sample listing; a sample's label history and bytes. */
export {
  findSamples,
  findLabelHistory,
  findSampleContent,
  type SampleFilter,
  type SamplePage,
  type SampleSummary,
} from './labeling/find-samples.js';
/** Samples added, removed and relabelled between two versions. */
export { diffDatasetVersions, type VersionDiff } from './labeling/diff-dataset-versions.js';
/** Seeded re-splitting of a labeling draft: stratified by label, or grouped by speaker or word. */
export { resplitDatasetVersion, type SplitStrategy, type ResplitInput } from './labeling/resplit-dataset-version.js';
/** Admin management of API keys: list, issue (plain key shown once), revoke. */
export { findApiKeys, issueApiKey, revokeApiKey, type ApiKeySummary } from './api-keys/manage-api-keys.js';
