'use client';

import { startTransition, useActionState, useState, type ChangeEvent, type FormEvent } from 'react';
import { predict, type PredictState } from '@/actions/predict';
import { MODALITIES } from '@emolab/core/domain';
import type { Modality } from '@/gql/graphql';
import { titleCase } from '@/lib/format';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from '@/lib/upload-limit';
import type { ModelOption } from './model-option';
import { ModelSelect } from './model-select';
import { PredictionResult } from './prediction-result';

const ACCEPT: Record<Modality, string> = { IMAGE: 'image/*', AUDIO: 'audio/wav,.wav' };
const INITIAL_STATE: PredictState = { status: 'idle' };

/** Modality, file and model pickers; posts to the `predict` Server Action and shows the answer. */
export function PredictForm({ models }: { models: ModelOption[] }) {
  const [state, formAction, pending] = useActionState(predict, INITIAL_STATE);
  const [modality, setModality] = useState<Modality>('IMAGE');
  const [modelVersionId, setModelVersionId] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);

  function changeModality(event: ChangeEvent<HTMLSelectElement>) {
    setModality(event.target.value as Modality);
    setModelVersionId('');
    setFileError(null);
  }

  function checkFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    const message = file && file.size > MAX_UPLOAD_BYTES ? `The file is larger than ${MAX_UPLOAD_LABEL}.` : null;
    // The custom validity message makes the browser refuse to submit, so the oversized body never leaves.
    event.target.setCustomValidity(message ?? '');
    setFileError(message);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    // Submitting by hand skips React's automatic form reset, which would desync the controlled
    // selects and drop the chosen file; the user can rerun the same file on another model.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <div className="playground">
      <form onSubmit={submit} className="form card" data-testid="predict-form">
        <div className="field">
          <label htmlFor="modality">Modality</label>
          <select id="modality" name="modality" value={modality} onChange={changeModality}>
            {MODALITIES.map((value) => (
              <option key={value} value={value}>
                {titleCase(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="file">File</label>
          <input
            key={modality}
            id="file"
            name="file"
            type="file"
            accept={ACCEPT[modality]}
            required
            onChange={checkFile}
            aria-describedby="file-hint"
            aria-invalid={fileError ? true : undefined}
          />
          <p id="file-hint" className="hint">
            {modality === 'IMAGE' ? 'An image of a face' : 'A WAV speech clip'}, up to {MAX_UPLOAD_LABEL}.
          </p>
          {fileError ? (
            <p className="form-error" role="alert" data-testid="file-error">
              {fileError}
            </p>
          ) : null}
        </div>
        <ModelSelect
          models={models}
          modality={modality}
          value={modelVersionId}
          onChange={setModelVersionId}
          name="modelVersionId"
        />
        <button type="submit" className="button" disabled={pending || fileError !== null}>
          {pending ? 'Predicting…' : 'Predict'}
        </button>
      </form>
      <div aria-live="polite">
        {state.status === 'error' ? (
          <p className="form-error" role="alert" data-testid="predict-error">
            {state.message}
          </p>
        ) : null}
        {state.status === 'done' ? <PredictionResult prediction={state.prediction} fileName={state.fileName} /> : null}
      </div>
    </div>
  );
}
