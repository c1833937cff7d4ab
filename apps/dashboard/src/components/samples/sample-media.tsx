import type { Modality } from '@/gql/graphql';
import { sampleContentUrl } from '@/lib/datasets/sample-types';
import { AudioWaveform } from './audio-waveform';

/** A sample's image, or its waveform with play for audio. */
export function SampleMedia({
  id,
  modality,
  label,
  size,
}: {
  id: string;
  modality: Modality;
  label: string;
  size: number;
}) {
  const src = sampleContentUrl(id);
  if (modality === 'AUDIO') return <AudioWaveform src={src} label={label} width={size} height={Math.round(size / 2)} />;
  // A plain img: bytes come from an authenticated route; next/image would re-fetch without the cookie.
  return (
    <img src={src} alt={label} width={size} height={size} loading="lazy" decoding="async" className="sample-image" />
  );
}
