import type { DatasetVersion, Split, Viewer } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';
import { assertRole } from '../api-keys/authenticate-api-key.js';
import { toDatasetVersion } from '../datasets/to-dataset.js';
import type { DbDeps } from '../deps.js';

/** How a draft's samples are assigned to train, validation and test. */
export type SplitStrategy = 'STRATIFIED' | 'BY_SPEAKER' | 'BY_WORD';

export interface ResplitInput { id: string; strategy: SplitStrategy; seed: number; testFraction: number; validationFraction: number; viewer: Viewer }

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const splitOf = (position: number, input: ResplitInput): Split =>
  position < input.testFraction ? 'TEST' : position < input.testFraction + input.validationFraction ? 'VALIDATION' : 'TRAIN';

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
export async function resplitDatasetVersion(input: ResplitInput, { db }: DbDeps): Promise<DatasetVersion> {
  assertRole(input.viewer, ['ADMIN', 'TRAINER'], 'change splits');
  if (!(input.testFraction >= 0 && input.validationFraction >= 0 && input.testFraction + input.validationFraction < 1)) {
    throw new AppError('INVALID_INPUT', 'testFraction and validationFraction must be >= 0 and add up to less than 1');
  }
  const version = await db.datasetVersion.findUnique({ where: { id: input.id } });
  if (!version) throw new AppError('NOT_FOUND', `Dataset version ${input.id} not found`);
  if (version.frozenAt) throw new AppError('CONFLICT', `Version ${version.number} is committed: start a labeling draft to change splits`);
  const samples = await db.sample.findMany({ where: { datasetVersionId: version.id }, select: { id: true, label: true, speaker: true, word: true }, orderBy: { id: 'asc' } });
  const next = random(input.seed);
  const assigned = new Map<Split, string[]>([['TRAIN', []], ['VALIDATION', []], ['TEST', []]]);
  const key = (s: (typeof samples)[number]) => (input.strategy === 'BY_SPEAKER' ? s.speaker : input.strategy === 'BY_WORD' ? s.word : s.label) ?? '';
  const groups = new Map<string, typeof samples>();
  for (const s of samples) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  if (input.strategy === 'STRATIFIED') {
    for (const group of groups.values()) shuffled(group, next).forEach((s, i, all) => assigned.get(splitOf(i / all.length, input))!.push(s.id));
  } else {
    if (groups.size < 2) throw new AppError('INVALID_INPUT', `The samples have fewer than two distinct ${input.strategy === 'BY_SPEAKER' ? 'speakers' : 'words'}`);
    shuffled([...groups.values()], next).forEach((group, i, all) => assigned.get(splitOf(i / all.length, input))!.push(...group.map((s) => s.id)));
  }
  await db.$transaction([...assigned].map(([split, ids]) => db.sample.updateMany({ where: { id: { in: ids } }, data: { split } })));
  return toDatasetVersion(version);
}
