'use client';

import { useActionState } from 'react';
import { rollbackAlias, type MoveAliasState } from '@/actions/move-alias';
import type { Modality } from '@/gql/graphql';
import { titleCase } from '@/lib/format';
import { SmallError } from '@/components/small-error';

const INITIAL_STATE: MoveAliasState = { error: null, done: null };

/** Moves an alias back to the model version it pointed at before. */
export function RollbackForm({ alias, modality, disabled }: { alias: string; modality: Modality; disabled: boolean }) {
  const [state, formAction, pending] = useActionState(rollbackAlias, INITIAL_STATE);
  return (
    <form action={formAction} className="inline-form" data-testid="rollback-form">
      <input type="hidden" name="alias" value={alias} />
      <input type="hidden" name="modality" value={modality} />
      <button
        type="submit"
        className="button button-small button-secondary"
        disabled={pending || disabled}
        title={disabled ? 'No earlier model to roll back to' : undefined}
      >
        {pending ? 'Rolling back…' : 'Roll back'}
        <span className="visually-hidden">
          {' '}
          {alias} ({titleCase(modality)})
        </span>
      </button>
      <SmallError message={state.error} />
    </form>
  );
}
