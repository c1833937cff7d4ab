'use client';

import { useActionState, useId } from 'react';
import { promoteModel, type MoveAliasState } from '@/actions/move-alias';
import { SmallError } from '@/components/small-error';

const INITIAL_STATE: MoveAliasState = { error: null, done: null };

/** Points an alias (default `production`) at one model version. */
export function PromoteForm({ modelVersionId, aliases }: { modelVersionId: string; aliases: string[] }) {
  const [state, formAction, pending] = useActionState(promoteModel, INITIAL_STATE);
  const inputId = useId();
  return (
    <form action={formAction} className="inline-form" data-testid="promote-form">
      <input type="hidden" name="modelVersionId" value={modelVersionId} />
      <label htmlFor={inputId} className="visually-hidden">
        Alias to point at model {modelVersionId}
      </label>
      <input
        id={inputId}
        name="alias"
        defaultValue="production"
        list="alias-suggestions"
        size={10}
        required
        pattern="[a-z][a-z0-9_\-]{0,39}"
        title="Lowercase letters, digits, - or _, starting with a letter"
      />
      <button type="submit" className="button button-small button-secondary" disabled={pending}>
        {pending ? 'Setting…' : 'Set alias'}
        <span className="visually-hidden"> on model {modelVersionId}</span>
      </button>
      <SmallError message={state.error} />
      {state.done && state.alias && aliases.includes(state.alias) ? (
        <p className="form-success small" role="status">
          {state.done}
        </p>
      ) : null}
    </form>
  );
}
