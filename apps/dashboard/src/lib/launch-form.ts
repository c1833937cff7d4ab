import type { StartTrainingRunInput } from '@/gql/graphql';

/** The launch form's fields, as the browser submits them (all strings). */
export interface LaunchFormValues {
  datasetId: string;
  recipe: string;
  epochs: string;
  batchSize: string;
  learningRate: string;
  modelSize: string;
  augmentation: string;
  seed: string;
}

/** A field of the launch form. */
export type LaunchField = keyof LaunchFormValues;

/** What validation hands to the `startTrainingRun` mutation (the form's subset of its input); blank overrides are left out. */
export type LaunchInput = { datasetId: string } & Pick<
  StartTrainingRunInput,
  'recipe' | 'epochs' | 'batchSize' | 'learningRate' | 'seed' | 'modelSize' | 'augmentation'
>;

/** Either a valid input or a message per bad field. */
export type LaunchValidation =
  | { ok: true; input: LaunchInput }
  | { ok: false; errors: Partial<Record<LaunchField, string>> };

/** Limits the API enforces too (packages/core create-training-run); checked here first for clearer messages. */
export const LAUNCH_LIMITS = {
  epochs: { min: 1, max: 500 },
  batchSize: { min: 1, max: 1024 },
  seed: { min: 0, max: 2 ** 31 - 1 },
} as const;

const FIELDS: readonly LaunchField[] = [
  'datasetId',
  'recipe',
  'epochs',
  'batchSize',
  'learningRate',
  'modelSize',
  'augmentation',
  'seed',
];

/** Reads the launch form's fields out of FormData (missing fields become ''). */
export function readLaunchForm(formData: FormData): LaunchFormValues {
  const entries = FIELDS.map((field) => [field, String(formData.get(field) ?? '').trim()]);
  return Object.fromEntries(entries) as LaunchFormValues;
}

function integerIn(value: string, limits: { min: number; max: number }, label: string): number | string {
  const number = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(number)) return `${label} must be a whole number.`;
  if (number < limits.min || number > limits.max) return `${label} must be between ${limits.min} and ${limits.max}.`;
  return number;
}

function learningRate(value: string): number | string {
  const number = Number(value);
  if (!Number.isFinite(number) || value === '') return 'Learning rate must be a number such as 0.001.';
  if (number <= 0 || number >= 1) return 'Learning rate must be greater than 0 and less than 1.';
  return number;
}

/** Checks the form; every override is optional (blank = the recipe's default). */
export function validateLaunchForm(values: LaunchFormValues): LaunchValidation {
  const errors: Partial<Record<LaunchField, string>> = {};
  const input: LaunchInput = { datasetId: values.datasetId };
  if (!values.datasetId) errors.datasetId = 'Choose a dataset to train on.';
  if (values.recipe) input.recipe = values.recipe;
  const numbers = {
    epochs: values.epochs ? integerIn(values.epochs, LAUNCH_LIMITS.epochs, 'Epochs') : undefined,
    batchSize: values.batchSize ? integerIn(values.batchSize, LAUNCH_LIMITS.batchSize, 'Batch size') : undefined,
    seed: values.seed ? integerIn(values.seed, LAUNCH_LIMITS.seed, 'Seed') : undefined,
    learningRate: values.learningRate ? learningRate(values.learningRate) : undefined,
  };
  for (const [field, result] of Object.entries(numbers) as [keyof typeof numbers, number | string | undefined][]) {
    if (typeof result === 'string') errors[field] = result;
    else if (typeof result === 'number') input[field] = result;
  }
  if (values.modelSize === 'small' || values.modelSize === 'large') input.modelSize = values.modelSize;
  else if (values.modelSize) errors.modelSize = 'Model size must be small or large.';
  if (values.augmentation === 'on' || values.augmentation === 'off') input.augmentation = values.augmentation === 'on';
  else if (values.augmentation) errors.augmentation = 'Augmentation must be on, off or the recipe default.';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}
