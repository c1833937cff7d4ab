import type { ImportProblem, LabelConflict, SamplePlacement } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import type { DbDeps } from '../deps.js';

/** A checked file that becomes a sample. */
export interface AcceptedFile {
  path: string;
  blobHash: string;
  placement: SamplePlacement;
}

export interface CompleteImportJobInput {
  id: string;
  accepted: AcceptedFile[];
  problems: ImportProblem[];
}

const INSERT_CHUNK = 5_000;

/** Byte-identical files of the import: how many extra copies, and the groups whose labels disagree. */
export function findDuplicates(accepted: AcceptedFile[]): { duplicates: number; conflicts: LabelConflict[] } {
  const groups = new Map<string, AcceptedFile[]>();
  for (const file of accepted) groups.set(file.blobHash, [...(groups.get(file.blobHash) ?? []), file]);
  let duplicates = 0;
  const conflicts: LabelConflict[] = [];
  for (const [blobHash, files] of groups) {
    if (files.length < 2) continue;
    duplicates += files.length - 1;
    const labels = [...new Set(files.map((f) => f.placement.label ?? 'UNLABELED'))];
    if (labels.length > 1) conflicts.push({ blobHash, paths: files.map((f) => f.path), labels });
  }
  return { duplicates, conflicts };
}

/**
 * Turns a checked import into a new dataset version in one transaction: the previous version's
 * samples plus the accepted files. A crash before commit leaves no partial version behind.
 */
export async function completeImportJob(
  input: CompleteImportJobInput,
  { db }: DbDeps,
): Promise<{ datasetVersionId: string }> {
  const job = await db.importJob.findUnique({ where: { id: input.id } });
  if (!job) throw new AppError('NOT_FOUND', `Import ${input.id} not found`);
  const { duplicates, conflicts } = findDuplicates(input.accepted);
  return db.$transaction(
    async (tx) => {
      const dataset = await tx.dataset.upsert({
        where: { name: job.datasetName },
        create: { name: job.datasetName, modality: job.modality },
        update: {},
      });
      const previous = await tx.datasetVersion.findFirst({
        where: { datasetId: dataset.id, frozenAt: { not: null } },
        orderBy: { number: 'desc' },
      });
      const version = await tx.datasetVersion.create({
        data: {
          datasetId: dataset.id,
          number: (previous?.number ?? 0) + 1,
          sampleCount: 0,
          note: `import ${job.id} (${job.format})`,
          frozenAt: new Date(),
        },
      });
      if (previous) {
        await tx.$executeRaw`INSERT INTO "Sample" ("id", "datasetVersionId", "blobHash", "modality", "label", "split", "originalName", "speaker", "word", "createdAt")
          SELECT gen_random_uuid()::text, ${version.id}, "blobHash", "modality", "label", "split", "originalName", "speaker", "word", "createdAt"
          FROM "Sample" WHERE "datasetVersionId" = ${previous.id}`;
      }
      for (let i = 0; i < input.accepted.length; i += INSERT_CHUNK) {
        await tx.sample.createMany({
          data: input.accepted.slice(i, i + INSERT_CHUNK).map((f) => ({
            datasetVersionId: version.id,
            blobHash: f.blobHash,
            modality: job.modality,
            label: f.placement.label,
            split: f.placement.split,
            originalName: f.path,
            speaker: f.placement.speaker,
            word: f.placement.word,
          })),
        });
      }
      const sampleCount = await tx.sample.count({ where: { datasetVersionId: version.id } });
      await tx.datasetVersion.update({ where: { id: version.id }, data: { sampleCount } });
      await tx.importJob.update({
        where: { id: job.id },
        data: {
          status: 'SUCCEEDED',
          datasetId: dataset.id,
          datasetVersionId: version.id,
          finishedAt: new Date(),
          processedFiles: input.accepted.length + input.problems.length,
          badFiles: input.problems.length,
          report: { problems: input.problems, conflicts, duplicates } as object,
        },
      });
      return { datasetVersionId: version.id };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
