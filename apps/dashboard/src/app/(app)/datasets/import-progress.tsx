import { PercentBar } from '@/components/percent-bar';
import { formatCount } from '@/lib/format';
import type { UploadProgress } from './upload-files';

/** Upload progress in bytes and files. */
export function ImportProgress({ progress }: { progress: UploadProgress }) {
  const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
  return (
    <div data-testid="import-uploading" aria-live="polite">
      <p>
        Uploading: {formatCount(progress.sentFiles)} of {formatCount(progress.totalFiles)} files,{' '}
        {mb(progress.sentBytes)} of {mb(progress.totalBytes)} MB
      </p>
      <PercentBar
        value={progress.totalBytes ? progress.sentBytes / progress.totalBytes : 0}
        label="Upload"
        testId="upload-progress"
      />
    </div>
  );
}
