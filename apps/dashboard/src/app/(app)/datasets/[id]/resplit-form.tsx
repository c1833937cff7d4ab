'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { resplitDraft, type ResplitOptions } from '@/actions/label-samples';
import type { Modality } from '@/gql/graphql';

/** Re-split controls of a draft: strategy, seed and fractions. */
export function ResplitForm({
  datasetId,
  versionId,
  modality,
}: {
  datasetId: string;
  versionId: string;
  modality: Modality;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const submit = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const options: ResplitOptions = {
      datasetId,
      versionId,
      strategy: String(data.get('strategy')) as ResplitOptions['strategy'],
      seed: Number(data.get('seed')),
      testFraction: Number(data.get('test')) / 100,
      validationFraction: Number(data.get('validation')) / 100,
    };
    startTransition(async () => {
      const result = await resplitDraft(options);
      setMessage(result.ok ? { error: false, text: 'Splits reassigned.' } : { error: true, text: result.error });
      if (result.ok) router.refresh();
    });
  };

  return (
    <details className="resplit">
      <summary>Re-split the draft</summary>
      <form className="inline-form" onSubmit={(e) => (e.preventDefault(), submit(e.currentTarget))}>
        <label htmlFor="resplit-strategy">Strategy</label>
        <select id="resplit-strategy" name="strategy" defaultValue="STRATIFIED">
          <option value="STRATIFIED">Stratified by label</option>
          {modality === 'AUDIO' ? <option value="BY_SPEAKER">By speaker</option> : null}
          {modality === 'AUDIO' ? <option value="BY_WORD">By word</option> : null}
        </select>
        <label htmlFor="resplit-seed">Seed</label>
        <input id="resplit-seed" name="seed" type="number" defaultValue={42} min={0} step={1} size={5} required />
        <label htmlFor="resplit-test">Test %</label>
        <input id="resplit-test" name="test" type="number" defaultValue={20} min={0} max={90} size={3} required />
        <label htmlFor="resplit-validation">Validation %</label>
        <input
          id="resplit-validation"
          name="validation"
          type="number"
          defaultValue={10}
          min={0}
          max={90}
          size={3}
          required
        />
        <button type="submit" className="button button-small button-secondary" disabled={pending}>
          {pending ? 'Re-splitting…' : 'Re-split'}
        </button>
        {message ? (
          <p
            className={message.error ? 'form-error small' : 'form-success small'}
            role={message.error ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        ) : null}
      </form>
    </details>
  );
}
