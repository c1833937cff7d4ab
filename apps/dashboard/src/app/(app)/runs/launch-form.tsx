'use client';

import { startTransition, useActionState, useRef, useState, type FormEvent } from 'react';
import { launchTrainingRun, type LaunchState } from '@/actions/launch-training-run';
import { FormField } from '@/components/form-field';
import { LAUNCH_LIMITS, readLaunchForm, validateLaunchForm, type LaunchField } from '@/lib/launch-form';
import { formatJsonValue, titleCase } from '@/lib/format';
import { jsonObject } from '@/lib/json-object';
import type { DatasetOption } from '@/lib/queries/find-dataset-options';
import type { Recipe } from '@/lib/queries/find-recipes';
import { RecipeDefaults } from './recipe-defaults';

const INITIAL_STATE: LaunchState = { errors: {}, message: null };
const NUMBER_FIELDS = [
  { name: 'epochs', label: 'Epochs', step: '1', hint: `${LAUNCH_LIMITS.epochs.min}-${LAUNCH_LIMITS.epochs.max}` },
  {
    name: 'batchSize',
    label: 'Batch size',
    step: '1',
    hint: `${LAUNCH_LIMITS.batchSize.min}-${LAUNCH_LIMITS.batchSize.max}`,
  },
  { name: 'learningRate', label: 'Learning rate', step: 'any', hint: 'Between 0 and 1, e.g. 0.001' },
  { name: 'seed', label: 'Seed', step: '1', hint: 'Same seed, same data order and initial weights' },
] as const;

/** Dataset, recipe and overrides; checks the values before it calls `startTrainingRun`. */
export function LaunchForm({ datasets, recipes }: { datasets: DatasetOption[]; recipes: Recipe[] }) {
  const [state, formAction, pending] = useActionState(launchTrainingRun, INITIAL_STATE);
  const [datasetId, setDatasetId] = useState(datasets[0]?.id ?? '');
  const modality = datasets.find((d) => d.id === datasetId)?.modality;
  const choices = recipes.filter((r) => r.modality === modality);
  const [recipeName, setRecipeName] = useState(choices[0]?.name ?? '');
  const recipe = choices.find((r) => r.name === recipeName) ?? choices[0];
  const [clientErrors, setClientErrors] = useState<Partial<Record<LaunchField, string>> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = clientErrors ?? state.errors;
  const message = clientErrors ? 'Fix the highlighted fields.' : state.message;

  function submit(event: FormEvent<HTMLFormElement>) {
    // Submitting by hand keeps the chosen values (React would reset the form after an action).
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const validation = validateLaunchForm(readLaunchForm(formData));
    if (!validation.ok) {
      setClientErrors(validation.errors);
      const first = Object.keys(validation.errors)[0];
      if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setClientErrors(null);
    startTransition(() => formAction(formData));
  }

  function changeDataset(id: string) {
    setDatasetId(id);
    const next = recipes.find((r) => r.modality === datasets.find((d) => d.id === id)?.modality);
    setRecipeName(next?.name ?? '');
  }

  const defaultOf = (key: string) => (recipe ? formatJsonValue(jsonObject(recipe.defaults)[key]) : '');
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="card launch-form"
      aria-labelledby="launch-heading"
      data-testid="launch-form"
    >
      <h2 id="launch-heading">Launch a training run</h2>
      <div className="form-grid form-grid-wide">
        <FormField id="datasetId" label="Dataset" error={errors.datasetId}>
          {({ describedBy, invalid }) => (
            <select
              id="datasetId"
              name="datasetId"
              value={datasetId}
              onChange={(e) => changeDataset(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              required
            >
              {datasets.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name} ({titleCase(d.modality)},{' '}
                  {d.latestVersion ? `v${d.latestVersion.number}, ${d.latestVersion.sampleCount} samples` : 'empty'})
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="recipe" label="Recipe" error={errors.recipe} hint={<RecipeDefaults recipe={recipe} />}>
          {({ describedBy, invalid }) => (
            <select
              id="recipe"
              name="recipe"
              value={recipe?.name ?? ''}
              onChange={(e) => setRecipeName(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              {choices.map((r) => (
                <option key={r.name} value={r.name}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <fieldset className="overrides">
        <legend>Overrides (blank: the recipe&apos;s default)</legend>
        <div className="form-grid">
          {NUMBER_FIELDS.map((field) => (
            <FormField
              key={field.name}
              id={field.name}
              label={field.label}
              error={errors[field.name]}
              hint={field.hint}
            >
              {({ describedBy, invalid }) => (
                <input
                  id={field.name}
                  name={field.name}
                  type="number"
                  inputMode="decimal"
                  step={field.step}
                  placeholder={`default ${defaultOf(field.name)}`}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                />
              )}
            </FormField>
          ))}
          <RecipeChoice
            id="modelSize"
            label="Model size"
            error={errors.modelSize}
            recipeDefault={defaultOf('modelSize')}
            options={[
              ['small', 'small'],
              ['large', 'large'],
            ]}
          />
          <RecipeChoice
            id="augmentation"
            label="Augmentation"
            error={errors.augmentation}
            recipeDefault={defaultOf('augmentation')}
            options={[
              ['on', 'On'],
              ['off', 'Off'],
            ]}
          />
        </div>
      </fieldset>
      {message ? (
        <p className="form-error" role="alert" data-testid="launch-error">
          {message}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={pending || datasets.length === 0}>
        {pending ? 'Starting…' : 'Start training'}
      </button>
    </form>
  );
}

/** A select whose empty choice keeps the recipe's default (named in it), for the launch form's override fields. */
function RecipeChoice(props: {
  id: string;
  label: string;
  error?: string;
  recipeDefault: string;
  options: [value: string, label: string][];
}) {
  const { id, label, error, recipeDefault, options } = props;
  return (
    <FormField id={id} label={label} error={error}>
      {({ describedBy, invalid }) => (
        <select id={id} name={id} defaultValue="" aria-describedby={describedBy} aria-invalid={invalid}>
          <option value="">Recipe default ({recipeDefault})</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
