import { MODALITIES } from '@emolab/core/domain';
import type { Modality } from '../../gql/graphql';

/** True for a modality the API accepts; form fields and action arguments arrive untyped. */
export function isModality(value: unknown): value is Modality {
  return (MODALITIES as readonly unknown[]).includes(value);
}
