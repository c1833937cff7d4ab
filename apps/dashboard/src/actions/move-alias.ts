'use server';

import { revalidatePath } from 'next/cache';
import { ApiError, describeApiError } from '@/lib/api/api-error';
import { isModality } from '@/lib/api/is-modality';
import { rollbackModelAlias } from '@/lib/mutations/rollback-model-alias';
import { setModelAlias } from '@/lib/mutations/set-model-alias';

/** Result of a promote or rollback form. */
export interface MoveAliasState {
  error: string | null;
  /** What changed, e.g. "production now points at this model." */
  done: string | null;
  /** The alias that moved, so a form can drop its message once the alias has moved on. */
  alias?: string;
}

/** Alias names the API accepts (packages/core set-model-alias). */
const ALIAS_NAME = /^[a-z][a-z0-9_-]{0,39}$/;

async function attempt(alias: string, run: () => Promise<string>): Promise<MoveAliasState> {
  try {
    const done = await run();
    revalidatePath('/models', 'layout');
    return { error: null, done, alias };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { error: describeApiError(error), done: null };
  }
}

/** Points the alias in the form's `alias` field at its `modelVersionId`. */
export async function promoteModel(_previous: MoveAliasState, formData: FormData): Promise<MoveAliasState> {
  const name = String(formData.get('alias') ?? '').trim();
  const modelVersionId = String(formData.get('modelVersionId') ?? '');
  if (!ALIAS_NAME.test(name)) {
    return { error: 'Alias names are 1-40 lowercase letters, digits, - or _, starting with a letter.', done: null };
  }
  return attempt(
    name,
    async () => (await setModelAlias({ name, modelVersionId }), `${name} now points at this model.`),
  );
}

/** Moves the form's `alias` of `modality` back to the model it pointed at before. */
export async function rollbackAlias(_previous: MoveAliasState, formData: FormData): Promise<MoveAliasState> {
  const name = String(formData.get('alias') ?? '');
  const modality = formData.get('modality');
  if (!name || !isModality(modality)) return { error: 'Unknown alias.', done: null };
  return attempt(name, async () => {
    const { id } = await rollbackModelAlias({ name, modality });
    return `${name} rolled back to ${id}.`;
  });
}
