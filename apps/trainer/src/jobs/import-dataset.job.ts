import { UnrecoverableError, type Job } from 'bullmq';
import { placeSample, type ImportFormat, type ImportProblem } from '@emolab/core/domain';
import { importJobPayloadSchema } from '@emolab/core/queue';
import {
  completeImportJob,
  findImportJob,
  markImportJobFailed,
  markImportJobRunning,
  readImportFiles,
  recordImportProgress,
  saveCachedFeatures,
  type AcceptedFile,
  type ImportFileContent,
} from '@emolab/core/services';
import { bytesToFeatures, decodeAudio, featureCacheKey, InvalidInputError } from '@emolab/ml/preprocess';
import type { TrainerDeps } from '../deps.js';

type Checked = ImportProblem | (AcceptedFile & { features: Float32Array | null });

async function checkFile(
  file: ImportFileContent,
  options: { format: ImportFormat; modality: 'image' | 'audio' },
): Promise<Checked> {
  const placement = placeSample(options.format, file.path);
  if (typeof placement === 'string') return { path: file.path, reason: placement };
  if (file.content.length === 0) return { path: file.path, reason: 'empty file' };
  try {
    // Images: decoding is the feature work, cheap enough to cache now. Audio: MFCCs cost ~40 ms a
    // clip on one core, so the import only checks the file decodes and training computes them once.
    const features =
      options.modality === 'image' ? await bytesToFeatures('image', file.content) : (decodeAudio(file.content), null);
    return { path: file.path, blobHash: file.blobHash, placement, features };
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return { path: file.path, reason: error.message };
  }
}

/** Checks every uploaded file of an import and turns the good ones into a new dataset version, all or nothing. */
export const createImportDatasetJob = (deps: TrainerDeps) => async (job: Job) => {
  const parsed = importJobPayloadSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`Bad payload: ${parsed.error.message}`);
  const importJob = await findImportJob({ id: parsed.data.importJobId }, deps);
  if (!importJob) throw new UnrecoverableError(`Import ${parsed.data.importJobId} no longer exists`);
  if (!(await markImportJobRunning({ id: importJob.id }, deps))) return { importJobId: importJob.id, skipped: true };

  const options = {
    format: importJob.format,
    modality: importJob.modality === 'IMAGE' ? ('image' as const) : ('audio' as const),
  };
  const accepted: AcceptedFile[] = [];
  const problems: ImportProblem[] = [];
  const preprocessingKey = featureCacheKey(options.modality);
  for await (const page of readImportFiles({ importJobId: importJob.id }, deps)) {
    const checked = await Promise.all(page.map((file) => checkFile(file, options)));
    const good = checked.filter((c): c is Exclude<Checked, ImportProblem> => !('reason' in c));
    problems.push(...checked.filter((c): c is ImportProblem => 'reason' in c));
    accepted.push(...good.map(({ features: _, ...file }) => file));
    // Decoding is the expensive part: keep its result so the first training run starts from the cache.
    await saveCachedFeatures(
      {
        preprocessingKey,
        entries: good.flatMap((g) => (g.features ? [{ blobHash: g.blobHash, features: g.features }] : [])),
      },
      deps,
    );
    const processedFiles = accepted.length + problems.length;
    await recordImportProgress({ id: importJob.id, processedFiles, problems }, deps);
    await job.updateProgress({ processedFiles, totalFiles: importJob.totalFiles, badFiles: problems.length });
  }
  if (accepted.length === 0) {
    await markImportJobFailed(
      {
        id: importJob.id,
        error: `None of the ${problems.length} files could be imported; see the problems list`,
        problems,
      },
      deps,
    );
    return { importJobId: importJob.id, skipped: false };
  }
  const { datasetVersionId } = await completeImportJob({ id: importJob.id, accepted, problems }, deps);
  return { importJobId: importJob.id, datasetVersionId, skipped: false };
};
