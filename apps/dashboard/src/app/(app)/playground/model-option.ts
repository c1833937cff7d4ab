import type { ModelVersionSummary } from '@/lib/queries/find-model-versions';

/** A model version the user can pick in the playground (the fields the page passes to the browser). */
export type ModelOption = Pick<ModelVersionSummary, 'id' | 'modality' | 'accuracy' | 'aliases'>;
