import type { ImportJobState } from '@/actions/import-dataset';
import { formatCount } from '@/lib/format';

/** What an import found: its outcome, bad files with reasons, duplicates and conflicting labels. */
export function ImportReport({ job, rejected }: { job: ImportJobState; rejected: { path: string; reason: string }[] }) {
  const problems = [...rejected, ...job.problems];
  return (
    <section
      className="import-report"
      aria-labelledby="import-report-title"
      data-testid="import-report"
      data-status={job.status}
    >
      <h3 id="import-report-title">{job.status === 'SUCCEEDED' ? 'Import finished' : 'Import failed'}</h3>
      {job.error ? (
        <p className="form-error" role="alert">
          {job.error}
        </p>
      ) : null}
      <ul className="plain-list">
        <li>
          {formatCount(job.processedFiles)} of {formatCount(job.totalFiles)} files checked
        </li>
        <li data-testid="import-bad-files">{formatCount(job.badFiles + rejected.length)} bad files</li>
        <li data-testid="import-duplicates">{formatCount(job.duplicates)} duplicates (stored once)</li>
        <li data-testid="import-conflicts">{formatCount(job.conflicts.length)} conflicting labels</li>
      </ul>
      {job.dataset ? (
        <p>
          <a href={`/datasets/${job.dataset.id}`} data-testid="import-open-dataset">
            Open the dataset{job.datasetVersion ? ` (version ${job.datasetVersion.number})` : ''}
          </a>
        </p>
      ) : null}
      {problems.length > 0 ? (
        <details open={problems.length <= 10}>
          <summary>Bad files ({formatCount(problems.length)})</summary>
          <ul className="report-list">
            {problems.slice(0, 500).map((p) => (
              <li key={p.path}>
                <code>{p.path}</code>: {p.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {job.conflicts.length > 0 ? (
        <details open>
          <summary>Identical files with different labels ({formatCount(job.conflicts.length)})</summary>
          <ul className="report-list">
            {job.conflicts.slice(0, 200).map((c) => (
              <li key={c.blobHash}>
                {c.paths.map((p) => (
                  <code key={p}>{p} </code>
                ))}{' '}
                → {c.labels.join(', ')}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
