'use client';

import { useEffect, useState } from 'react';
import { predictData, type PredictDataResult } from '@/actions/predict-data';
import { recordingToWav } from '@/lib/audio/recording-to-wav';
import { blobToBase64 } from '@/lib/blob-to-base64';
import type { ModelOption } from './model-option';
import { ModelSelect } from './model-select';
import { PredictionResult } from './prediction-result';
import { useRecorder } from './use-recorder';

const MAX_SECONDS = 30;

interface Scored {
  result: PredictDataResult;
  seconds: number;
  url: string;
}

/** Records speech from the microphone, converts it to WAV in the browser and shows the emotion window by window. */
export function MicrophonePanel({ models }: { models: ModelOption[] }) {
  const [modelVersionId, setModelVersionId] = useState('');
  const [processing, setProcessing] = useState(false);
  const [scored, setScored] = useState<Scored | null>(null);
  const [processError, setProcessError] = useState<string | null>(null);
  const recorder = useRecorder({ maxSeconds: MAX_SECONDS, onRecorded: score });

  useEffect(() => () => (scored ? URL.revokeObjectURL(scored.url) : undefined), [scored]);

  async function score(recording: Blob) {
    setProcessing(true);
    setProcessError(null);
    try {
      const { wav, seconds } = await recordingToWav(recording);
      const result = await predictData({ modality: 'AUDIO', fileBase64: await blobToBase64(wav), modelVersionId });
      setScored({ result, seconds, url: URL.createObjectURL(wav) });
    } catch (error) {
      // Decoding happens in the browser; a codec it cannot read is reported, not thrown into React.
      setProcessError(
        `Could not convert the recording to WAV: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setProcessing(false);
    }
  }

  const recording = recorder.phase === 'recording';
  const busy = recorder.phase === 'starting' || processing;
  return (
    <div className="playground">
      <div className="card form" data-testid="microphone-panel">
        <ModelSelect
          models={models}
          modality="AUDIO"
          value={modelVersionId}
          onChange={setModelVersionId}
          disabled={recording || busy}
        />
        <p className="hint">
          Speak for a few seconds (up to {MAX_SECONDS} s). Longer recordings are scored window by window and shown as a
          timeline.
        </p>
        {recording ? (
          <button type="button" className="button button-danger" onClick={recorder.stop} data-testid="stop-recording">
            Stop recording
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => void recorder.start()}
            disabled={busy}
            data-testid="start-recording"
          >
            {processing ? 'Scoring…' : recorder.phase === 'starting' ? 'Starting microphone…' : 'Start recording'}
          </button>
        )}
        <p className="small" role="status" aria-live="polite" data-testid="recorder-status">
          {recording
            ? `Recording… ${recorder.elapsed.toFixed(0)} s of ${MAX_SECONDS}`
            : processing
              ? 'Converting to WAV and predicting…'
              : ''}
        </p>
        {(recorder.error ?? processError) ? (
          <p className="form-error" role="alert" data-testid="recorder-error">
            {recorder.error ?? processError}
          </p>
        ) : null}
      </div>
      <div aria-live="polite">
        {scored ? (
          <>
            {/* biome-ignore lint/a11y/useMediaCaption: the user's own recording has no captions to offer */}
            <audio controls src={scored.url} className="playback" aria-label="Your recording" />
            {scored.result.status === 'done' ? (
              <PredictionResult
                prediction={scored.result.prediction}
                fileName={`Recording (${scored.seconds.toFixed(1)} s)`}
              />
            ) : (
              <p className="form-error" role="alert" data-testid="predict-error">
                {scored.result.status === 'error' ? scored.result.message : 'No prediction.'}
              </p>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
