import type { ApiClient } from '../api-client.js';

interface ModelRow {
  id: string;
  modality: string;
  accuracy: number | null;
  macroF1: number | null;
  architecture: string;
  aliases: string[];
  datasetName: string;
  createdAt: string;
}

/** `emolab models`: lists model versions with their metrics. */
export async function modelsCommand(
  options: { json: boolean; modality?: string },
  api: ApiClient,
): Promise<Record<string, unknown>> {
  const { modelVersions } = await api.graphql<{ modelVersions: ModelRow[] }>(
    'query($m: Modality) { modelVersions(modality: $m) { id modality accuracy macroF1 architecture aliases datasetName createdAt } }',
    { m: options.modality?.toUpperCase() },
  );
  if (!options.json) {
    if (modelVersions.length === 0)
      console.log('No model versions yet. Train one: emolab train --dataset NAME --epochs 5 --wait');
    for (const m of modelVersions) {
      const acc = m.accuracy == null ? '   -  ' : `${(m.accuracy * 100).toFixed(1).padStart(5)}%`;
      console.log(
        `${m.id}  ${m.modality.padEnd(5)}  test acc ${acc}  F1 ${m.macroF1?.toFixed(3) ?? '-'}  ${m.datasetName}  ${m.aliases.join(',')}  ${m.createdAt}`,
      );
    }
  }
  return { modelVersions };
}
