import type { Metadata } from 'next';
import { findModelVersions } from '@/lib/queries/find-model-versions';
import { PredictForm, type ModelOption } from './predict-form';

export const metadata: Metadata = { title: 'Playground' };

export default async function PlaygroundPage() {
  const versions = await findModelVersions();
  const options: ModelOption[] = versions.map(({ id, modality, accuracy, aliases }) => ({
    id,
    modality,
    accuracy,
    aliases,
  }));
  return (
    <>
      <h1>Playground</h1>
      <p className="muted">Classify the emotion in a face image or a speech clip with a trained model.</p>
      <PredictForm models={options} />
    </>
  );
}
