'use client';

import { useState, useTransition } from 'react';
import { revokeApiKey } from '@/actions/manage-api-keys';

/** Revokes one key after a confirming second click. */
export function RevokeKeyButton({ id, name, own }: { id: string; name: string; own: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const revoke = () =>
    startTransition(async () => {
      const result = await revokeApiKey(id);
      if (!result.ok) setError(result.error);
    });
  return (
    <span className="inline-form">
      {confirming ? (
        <>
          <button type="button" className="button button-small button-danger" disabled={pending} onClick={revoke}>
            {pending ? 'Revoking…' : 'Confirm revoke'}
            <span className="visually-hidden"> key {name}</span>
          </button>
          {own ? <span className="form-error small">This signs you out.</span> : null}
          <button type="button" className="button button-small button-quiet" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" className="button button-small button-secondary" onClick={() => setConfirming(true)}>
          Revoke<span className="visually-hidden"> key {name}</span>
        </button>
      )}
      {error ? (
        <span className="form-error small" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
