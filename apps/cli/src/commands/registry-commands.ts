import type { ApiClient } from '../api-client.js';

interface Pair {
  a: string;
  b: string;
  accuracyDelta: number;
  macroF1Delta: number;
  sameTestSet: boolean;
  onlyACorrect: number | null;
  onlyBCorrect: number | null;
  mcnemarPValue: number | null;
  significant: boolean | null;
}

const COMPARE = `query($ids: [ID!]!) { compareModelVersions(ids: $ids) {
  models { id modality accuracy macroF1 balancedAccuracy expectedCalibrationError datasetName aliases }
  pairs { a b accuracyDelta macroF1Delta sameTestSet onlyACorrect onlyBCorrect mcnemarStatistic mcnemarPValue significant perClass { emotion f1Delta } }
  hyperparameterDiffs { name values }
} }`;

const signed = (x: number, digits = 1, scale = 100) => `${x >= 0 ? '+' : ''}${(x * scale).toFixed(digits)}`;

/** `emolab compare A B [C D]`: metrics side by side, deltas and McNemar's test for each pair. */
export async function compareCommand(
  options: { ids: string[]; json: boolean },
  api: ApiClient,
): Promise<Record<string, unknown>> {
  const { compareModelVersions: result } = await api.graphql<{
    compareModelVersions: {
      models: { id: string; accuracy: number | null; macroF1: number | null; datasetName: string; aliases: string[] }[];
      pairs: Pair[];
      hyperparameterDiffs: { name: string; values: unknown[] }[];
    };
  }>(COMPARE, { ids: options.ids });
  if (!options.json) {
    for (const m of result.models)
      console.log(
        `${m.id}  test acc ${((m.accuracy ?? 0) * 100).toFixed(1)}%  F1 ${(m.macroF1 ?? 0).toFixed(3)}  ${m.datasetName} ${m.aliases.join(',')}`,
      );
    for (const p of result.pairs) {
      const test = p.sameTestSet
        ? `McNemar p=${p.mcnemarPValue?.toPrecision(3)} (${p.onlyACorrect} only-A vs ${p.onlyBCorrect} only-B correct): ${p.significant ? 'significant' : 'not significant, do not promote on this alone'}`
        : 'different test sets: no paired test';
      console.log(
        `${p.b} vs ${p.a}: accuracy ${signed(p.accuracyDelta)} pts, macro-F1 ${signed(p.macroF1Delta, 3, 1)}; ${test}`,
      );
    }
    for (const d of result.hyperparameterDiffs)
      console.log(`  ${d.name}: ${d.values.map((v) => JSON.stringify(v)).join(' | ')}`);
  }
  return result;
}

/** `emolab alias set NAME MODEL_ID` and `emolab alias rollback NAME --modality M`. */
export async function aliasCommand(
  options: { action: string; name: string; modelVersionId?: string; modality?: string; json: boolean },
  api: ApiClient,
): Promise<Record<string, unknown>> {
  const data =
    options.action === 'rollback'
      ? await api.graphql<{ rollbackModelAlias: { id: string; modality: string; aliases: string[] } }>(
          'mutation($n: String!, $m: Modality!) { rollbackModelAlias(name: $n, modality: $m) { id modality aliases } }',
          { n: options.name, m: options.modality?.toUpperCase() },
        )
      : await api.graphql<{ setModelAlias: { id: string; modality: string; aliases: string[] } }>(
          'mutation($n: String!, $id: ID!) { setModelAlias(name: $n, modelVersionId: $id) { id modality aliases } }',
          { n: options.name, id: options.modelVersionId },
        );
  const model = 'rollbackModelAlias' in data ? data.rollbackModelAlias : data.setModelAlias;
  if (!options.json) console.log(`${options.name} (${model.modality}) -> ${model.id}`);
  return { alias: options.name, modality: model.modality, modelVersionId: model.id };
}
