'use client';

import { useState, useTransition } from 'react';
import { createApiKey } from '@/actions/manage-api-keys';

/** Issues a key with a role and shows its secret once, with a copy button. */
export function CreateKeyForm() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ name: string; plainKey: string } | null>(null);
  const [copied, setCopied] = useState(false);

  const submit = (form: HTMLFormElement) => {
    const data = new FormData(form);
    startTransition(async () => {
      const result = await createApiKey({ name: String(data.get('name') ?? ''), role: String(data.get('role') ?? '') });
      if (!result.ok) return setError(result.error);
      setError(null);
      setCopied(false);
      setIssued(result.data);
      form.reset();
    });
  };

  const copy = async () => {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.plainKey);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (no focus, insecure origin); the key stays selectable.
      setError('Copying was refused by the browser: select the key and copy it by hand.');
    }
  };

  return (
    <div className="card create-key">
      <form className="inline-form" onSubmit={(e) => (e.preventDefault(), submit(e.currentTarget))}>
        <label htmlFor="key-name">Name</label>
        <input id="key-name" name="name" required maxLength={100} placeholder="e.g. labeling laptop" />
        <label htmlFor="key-role">Role</label>
        <select id="key-role" name="role" defaultValue="LABELER">
          <option value="VIEWER">Viewer</option>
          <option value="LABELER">Labeler</option>
          <option value="TRAINER">Trainer</option>
          <option value="ADMIN">Admin</option>
        </select>
        <button type="submit" className="button button-small" disabled={pending}>
          {pending ? 'Creating…' : 'Create key'}
        </button>
      </form>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {issued ? (
        <div className="issued-key" role="status" data-testid="issued-key">
          <p>
            <strong>Key “{issued.name}” created.</strong> Copy it now: it will not be shown again.
          </p>
          <div className="inline-form">
            <code data-testid="plain-key" className="id">
              {issued.plainKey}
            </code>
            <button type="button" className="button button-small button-secondary" onClick={() => void copy()}>
              {copied ? 'Copied' : 'Copy'}
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => setIssued(null)}>
              Done
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
