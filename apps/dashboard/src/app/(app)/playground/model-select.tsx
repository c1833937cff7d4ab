'use client';

import { useId } from 'react';
import type { Modality } from '@/gql/graphql';
import { formatPercent, titleCase } from '@/lib/format';
import type { ModelOption } from './model-option';

export interface ModelSelectProps {
  models: ModelOption[];
  modality: Modality;
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
  /** Form field name, when the select is submitted with its form. */
  name?: string;
}

/** Picks a model version of one modality; blank means the `production` alias. */
export function ModelSelect({ models, modality, value, onChange, disabled, name }: ModelSelectProps) {
  const id = useId();
  const choices = models.filter((model) => model.modality === modality);
  return (
    <div className="field">
      <label htmlFor={id}>Model version</label>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)} disabled={disabled}>
        <option value="">production (default)</option>
        {choices.map((model) => (
          <option key={model.id} value={model.id}>
            {describeModel(model)}
          </option>
        ))}
      </select>
      {choices.length === 0 ? (
        <p className="hint" data-testid="no-models-hint">
          No {titleCase(modality).toLowerCase()} model has been trained yet.
        </p>
      ) : null}
    </div>
  );
}

/** "abc123 · 71.2% [production]" */
export function describeModel(model: ModelOption): string {
  const aliases = model.aliases.length > 0 ? ` [${model.aliases.join(', ')}]` : '';
  return `${model.id} · ${formatPercent(model.accuracy)}${aliases}`;
}
