'use client';

import { useRef, useState, type DragEvent } from 'react';
import { createImport, finishImport, readImportJob, type ImportJobState } from '@/actions/import-dataset';
import { PercentBar } from '@/components/percent-bar';
import {
  collectDroppedFiles,
  filesFromFileInput,
  filesFromFolderInput,
  type PathedFile,
} from './collect-dropped-files';
import { ImportProgress } from './import-progress';
import { ImportReport } from './import-report';
import { uploadFiles, type UploadProgress } from './upload-files';

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; progress: UploadProgress }
  | { kind: 'checking'; job: ImportJobState; filesPerSecond: number | null }
  | { kind: 'done'; job: ImportJobState };

const POLL_MS = 500;

/** Create a dataset by dropping files or whole folders; shows upload, then server-side check, then the report. */
export function ImportPanel() {
  const [files, setFiles] = useState<PathedFile[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const rejected = useRef<{ path: string; reason: string }[]>([]);
  const busy = phase.kind === 'uploading' || phase.kind === 'checking';

  const onDrop = async (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    setFiles(await collectDroppedFiles(event.dataTransfer.items));
  };

  const start = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    setError(null);
    if (files.length === 0) return setError('Drop files or a folder first.');
    const created = await createImport({
      datasetName: String(data.get('datasetName') ?? ''),
      modality: String(data.get('modality')),
      format: String(data.get('format')),
    });
    if (!created.ok) return setError(created.error);
    try {
      setPhase({
        kind: 'uploading',
        progress: { sentBytes: 0, totalBytes: 1, sentFiles: 0, totalFiles: files.length },
      });
      const outcome = await uploadFiles({
        importId: created.data.id,
        files,
        onProgress: (progress) => setPhase({ kind: 'uploading', progress }),
      });
      rejected.current = outcome.rejected;
    } catch (uploadError) {
      setPhase({ kind: 'idle' });
      return setError(uploadError instanceof Error ? uploadError.message : 'The upload failed.');
    }
    const finished = await finishImport(created.data.id);
    if (!finished.ok) return (setPhase({ kind: 'idle' }), setError(finished.error));
    await pollJob(finished.data);
  };

  const pollJob = async (initial: ImportJobState) => {
    let job = initial;
    const started = { at: performance.now(), files: job.processedFiles };
    while (job.status !== 'SUCCEEDED' && job.status !== 'FAILED') {
      const elapsed = (performance.now() - started.at) / 1000;
      setPhase({
        kind: 'checking',
        job,
        filesPerSecond: elapsed > 0.2 ? (job.processedFiles - started.files) / elapsed : null,
      });
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const next = await readImportJob(job.id);
      if (!next.ok) return (setPhase({ kind: 'idle' }), setError(next.error));
      if (next.data) job = next.data;
    }
    setPhase({ kind: 'done', job });
  };

  return (
    <section className="card import-panel" aria-labelledby="import-title">
      <h2 id="import-title">Import a dataset</h2>
      <form className="form" onSubmit={(event) => (event.preventDefault(), void start(event.currentTarget))}>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="import-name">Dataset name</label>
            <input id="import-name" name="datasetName" required maxLength={100} disabled={busy} />
          </div>
          <div className="field">
            <label htmlFor="import-modality">Modality</label>
            <select id="import-modality" name="modality" defaultValue="IMAGE" disabled={busy}>
              <option value="IMAGE">Images (faces)</option>
              <option value="AUDIO">Audio (speech)</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="import-format">Format</label>
            <select id="import-format" name="format" defaultValue="fer2013" disabled={busy}>
              <option value="fer2013">FER2013 (train|test/emotion/)</option>
              <option value="tess">TESS (speaker_emotion/)</option>
              <option value="folders">Folders (emotion/ at any depth)</option>
              <option value="unlabeled">Unlabeled</option>
            </select>
          </div>
        </div>
        <section
          aria-label="Drop files or folders"
          className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
          data-testid="drop-zone"
          onDragOver={(event) => (event.preventDefault(), setDragging(true))}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => void onDrop(event)}
        >
          <p>
            <strong>Drop files or whole folders here</strong>, or choose them:
          </p>
          <div className="inline-form">
            <label className="button button-secondary button-small">
              Choose a folder
              <input
                type="file"
                className="visually-hidden"
                data-testid="folder-input"
                disabled={busy}
                {...{ webkitdirectory: '', directory: '' }}
                multiple
                onChange={(event) =>
                  event.currentTarget.files && setFiles(filesFromFolderInput(event.currentTarget.files))
                }
              />
            </label>
            <label className="button button-secondary button-small">
              Choose files
              <input
                type="file"
                className="visually-hidden"
                multiple
                disabled={busy}
                onChange={(event) =>
                  event.currentTarget.files && setFiles(filesFromFileInput(event.currentTarget.files))
                }
              />
            </label>
          </div>
          <p className="muted small" data-testid="selected-files" aria-live="polite">
            {files.length === 0
              ? 'Nothing chosen yet.'
              : `${files.length.toLocaleString('en-US')} files chosen, e.g. ${files[0]?.path ?? ''}`}
          </p>
        </section>
        <div>
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </div>
        {error ? (
          <p className="form-error" role="alert" data-testid="import-error">
            {error}
          </p>
        ) : null}
      </form>
      {phase.kind === 'uploading' ? <ImportProgress progress={phase.progress} /> : null}
      {phase.kind === 'checking' ? (
        <div data-testid="import-checking" aria-live="polite">
          <p>
            Checking files on the server…{' '}
            {phase.filesPerSecond != null ? `${phase.filesPerSecond.toFixed(0)} files/s` : ''}
          </p>
          <PercentBar
            value={phase.job.totalFiles ? phase.job.processedFiles / phase.job.totalFiles : 0}
            label="Server-side check"
          />
        </div>
      ) : null}
      {phase.kind === 'done' ? <ImportReport job={phase.job} rejected={rejected.current} /> : null}
    </section>
  );
}
