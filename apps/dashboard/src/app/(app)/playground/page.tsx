import type { Metadata } from 'next';
import { findModelVersions } from '@/lib/queries/find-model-versions';
import { MicrophonePanel } from './microphone-panel';
import type { ModelOption } from './model-option';
import { PlaygroundTabs, toPlaygroundMode } from './playground-tabs';
import { PredictForm } from './predict-form';
import { WebcamPanel } from './webcam-panel';

export const metadata: Metadata = { title: 'Playground' };

interface PlaygroundPageProps {
  searchParams: Promise<{ mode?: string | string[] }>;
}

export default async function PlaygroundPage({ searchParams }: PlaygroundPageProps) {
  const mode = toPlaygroundMode((await searchParams).mode);
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
      <p className="muted">
        Classify the emotion in a face image, a speech clip, your voice or your webcam with a trained model.
      </p>
      <PlaygroundTabs current={mode} />
      {mode === 'upload' ? <PredictForm models={options} /> : null}
      {mode === 'microphone' ? <MicrophonePanel models={options} /> : null}
      {mode === 'webcam' ? <WebcamPanel models={options} /> : null}
    </>
  );
}
