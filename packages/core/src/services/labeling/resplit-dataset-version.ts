import type { DatasetVersion, Split, Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import { assertRole } from '../api-keys/authenticate-api-key.js';
import { toDatasetVersion } from '../datasets/to-dataset.js';
import type { DbDeps } from '../deps.js';

/** How a draft's samples are assigned to train, validation and test. */
export type SplitStrategy = 'STRATIFIED' | 'BY_SPEAKER' | 'BY_WORD';

/** A resplit request; seed and fractions default to RESPLIT_DEFAULTS when absent or null. */
export interface ResplitInput {
  id: string;
  strategy: SplitStrategy;
  seed?: number | null;
  testFraction?: number | null;
  validationFraction?: number | null;
  viewer: Viewer;
}

/** 70/10/20 train/validation/test, the same split every time unless a seed is given. */
export const RESPLIT_DEFAULTS = { seed: 42, testFraction: 0.2, validationFraction: 0.1 } as const;

type ResolvedResplit = Omit<ResplitInput, keyof typeof RESPLIT_DEFAULTS> & {
  seed: number;
  testFraction: number;
  validationFraction: number;
};

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const splitOf = (position: number, input: ResolvedResplit): Split =>
  position < input.testFraction
    ? 'TEST'
    : position < input.testFraction + input.validationFraction
      ? 'VALIDATION'
      : 'TRAIN';

function shuffled<T>(items: T[], next: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Reassigns a labeling draft's splits, seeded: stratified by label (each label keeps the same
 * proportions in every split), or grouped so a speaker or a word sits on one side only
 * (speaker-independent and word-disjoint evaluation).
 */
export async function resplitDatasetVersion(request: ResplitInput, { db }: DbDeps): Promise<DatasetVersion> {
  assertRole(request.viewer, ['ADMIN', 'TRAINER'], 'change splits');
  const input: ResolvedResplit = {
    ...request,
    seed: request.seed ?? RESPLIT_DEFAULTS.seed,
    testFraction: request.testFraction ?? RESPLIT_DEFAULTS.testFraction,
    validationFraction: request.validationFraction ?? RESPLIT_DEFAULTS.validationFraction,
  };
  if (
    !(input.testFraction >= 0 && input.validationFraction >= 0 && input.testFraction + input.validationFraction < 1)
  ) {
    throw new AppError('INVALID_INPUT', 'testFraction and validationFraction must be >= 0 and add up to less than 1');
  }
  const version = await db.datasetVersion.findUnique({ where: { id: input.id } });
  if (!version) throw new AppError('NOT_FOUND', `Dataset version ${input.id} not found`);
  if (version.frozenAt)
    throw new AppError('CONFLICT', `Version ${version.number} is committed: start a labeling draft to change splits`);
  const samples = await db.sample.findMany({
    where: { datasetVersionId: version.id },
    select: { id: true, label: true, speaker: true, word: true },
    orderBy: { id: 'asc' },
  });
  const next = random(input.seed);
  const assigned = new Map<Split, string[]>([
    ['TRAIN', []],
    ['VALIDATION', []],
    ['TEST', []],
  ]);
  const key = (s: (typeof samples)[number]) =>
    (input.strategy === 'BY_SPEAKER' ? s.speaker : input.strategy === 'BY_WORD' ? s.word : s.label) ?? '';
  const groups = new Map<string, typeof samples>();
  for (const s of samples) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  if (input.strategy === 'STRATIFIED') {
    for (const group of groups.values())
      shuffled(group, next).forEach((s, i, all) => assigned.get(splitOf(i / all.length, input))!.push(s.id));
  } else {
    if (groups.size < 2)
      throw new AppError(
        'INVALID_INPUT',
        `The samples have fewer than two distinct ${input.strategy === 'BY_SPEAKER' ? 'speakers' : 'words'}`,
      );
    shuffled([...groups.values()], next).forEach((group, i, all) =>
      assigned.get(splitOf(i / all.length, input))!.push(...group.map((s) => s.id)),
    );
  }
  await db.$transaction(
    [...assigned].map(([split, ids]) => db.sample.updateMany({ where: { id: { in: ids } }, data: { split } })),
  );
  return toDatasetVersion(version);
}
