import type { PathedFile } from './collect-dropped-files';

/** How far an upload has got. */
export interface UploadProgress {
  sentBytes: number;
  totalBytes: number;
  sentFiles: number;
  totalFiles: number;
}

/** What the API answered over all batches. */
export interface UploadOutcome {
  stored: number;
  skipped: number;
  rejected: { path: string; reason: string }[];
}

/** Files per request: small enough for steady progress, large enough to keep requests few. */
export const FILES_PER_BATCH = 64;

interface BatchAnswer {
  stored?: unknown[] | number;
  skipped?: unknown[] | number;
  rejected?: { path: string; reason: string }[];
  error?: { message?: string };
}

/** Uploads the files in batches to the dashboard's upload route, reporting byte and file progress. */
export async function uploadFiles(options: {
  importId: string;
  files: PathedFile[];
  onProgress: (progress: UploadProgress) => void;
}): Promise<UploadOutcome> {
  const { files, importId, onProgress } = options;
  const totalBytes = files.reduce((sum, f) => sum + f.file.size, 0);
  const outcome: UploadOutcome = { stored: 0, skipped: 0, rejected: [] };
  let doneBytes = 0;
  let doneFiles = 0;
  for (let start = 0; start < files.length; start += FILES_PER_BATCH) {
    const batch = files.slice(start, start + FILES_PER_BATCH);
    const form = new FormData();
    for (const { file, path } of batch) form.append('file', file, path);
    const answer = await postBatch(`/api/uploads/${encodeURIComponent(importId)}`, form, (loaded) =>
      onProgress({
        sentBytes: Math.min(totalBytes, doneBytes + loaded),
        totalBytes,
        sentFiles: doneFiles,
        totalFiles: files.length,
      }),
    );
    doneBytes += batch.reduce((sum, f) => sum + f.file.size, 0);
    doneFiles += batch.length;
    outcome.stored += count(answer.stored);
    outcome.skipped += count(answer.skipped);
    outcome.rejected.push(...(answer.rejected ?? []));
    onProgress({ sentBytes: doneBytes, totalBytes, sentFiles: doneFiles, totalFiles: files.length });
  }
  return outcome;
}

function count(value: unknown[] | number | undefined): number {
  return Array.isArray(value) ? value.length : (value ?? 0);
}

/** XMLHttpRequest rather than fetch: only it reports upload progress. */
function postBatch(url: string, form: FormData, onLoaded: (bytes: number) => void): Promise<BatchAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.responseType = 'json';
    request.upload.onprogress = (event) => onLoaded(event.loaded);
    request.onerror = () => reject(new Error('The upload was interrupted. Check the connection and try again.'));
    request.onload = () => {
      const body = (request.response ?? {}) as BatchAnswer;
      if (request.status >= 200 && request.status < 300) resolve(body);
      else reject(new Error(body.error?.message ?? `The upload failed (HTTP ${request.status}).`));
    };
    request.send(form);
  });
}
