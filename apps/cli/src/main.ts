#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '@emolab/core/config';
import { createApiClient } from './api-client.js';
import { CliError } from './cli-error.js';
import { evalCommand } from './commands/eval-command.js';
import { importCommand } from './commands/import-command.js';
import { modelsCommand } from './commands/models-command.js';
import { predictCommand } from './commands/predict-command.js';
import { trainCommand } from './commands/train-command.js';
import { runActionCommand, runsCommand } from './commands/runs-command.js';
import { aliasCommand, compareCommand } from './commands/registry-commands.js';
import { exportCommand, importModelCommand } from './commands/model-folder-commands.js';
import { exportDatasetCommand } from './commands/export-dataset-command.js';

const USAGE = `Usage: emolab <command> [options]

  start                                         run the whole platform (embedded PostgreSQL and Redis by default)
  import --format fer2013|tess|folders|unlabeled [--modality image|audio] --name NAME DIR|ARCHIVE
                                                upload a dataset folder (or .zip/.tar.gz, or FER2013's .csv) as a new
                                                dataset version; --resume IMPORT_ID continues an interrupted upload
  export-dataset VERSION_ID DIR                 write a dataset version as split/label folders (DIR.zip: a zip)
  train --dataset NAME [--recipe NAME] [--epochs N] [--batch-size N] [--learning-rate X] [--seed N]
        [--model-size small|large] [--no-augmentation] [--gpu] [--wait]
  predict FILE [--model ID] [--modality image|audio] [--no-tta]
  models [--modality image|audio]               list model versions with their metrics
  runs                                          list training runs
  cancel RUN_ID | retry RUN_ID                  stop a queued or running run; queue a failed or canceled one again
  compare MODEL_ID MODEL_ID [...]               compare 2-4 model versions (deltas, McNemar's test)
  alias set NAME MODEL_ID | alias rollback NAME --modality image|audio
  export MODEL_ID DIR                           write a model as a TensorFlow.js folder (model.json + weights)
  import-model DIR --dataset NAME               register an exported model folder
  eval --format fer2013|tess DIR [--model ID]   score a model on a local labeled folder

Every command takes --json (one JSON object on stdout). The API is EMOLAB_API_URL (default
http://127.0.0.1:4000); the key is EMOLAB_API_KEY or the one in .data/credentials.`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  wait: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  format: { type: 'string' },
  name: { type: 'string' },
  dataset: { type: 'string' },
  epochs: { type: 'string' },
  'batch-size': { type: 'string' },
  'learning-rate': { type: 'string' },
  seed: { type: 'string' },
  model: { type: 'string' },
  modality: { type: 'string' },
  recipe: { type: 'string' },
  'model-size': { type: 'string' },
  'no-augmentation': { type: 'boolean', default: false },
  'no-tta': { type: 'boolean', default: false },
  gpu: { type: 'boolean', default: false },
  resume: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function number(values: Values, name: 'epochs' | 'batch-size' | 'learning-rate' | 'seed'): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new CliError(`--${name} must be a number, got '${raw}'`);
  return value;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === '') throw new CliError(`Missing ${what}\n\n${USAGE}`);
  return value;
}

async function run(
  command: string | undefined,
  positionals: string[],
  values: Values,
  config: Config,
): Promise<Record<string, unknown> | undefined> {
  // Loaded only for `start`: the other commands need neither embedded PostgreSQL nor Redis.
  if (command === 'start') return void (await (await import('./commands/start-command.js')).startCommand(config));
  const api = async () => createApiClient(config);
  switch (command) {
    case 'import':
      return importCommand(
        {
          format: required(values.format, '--format'),
          modality: values.modality,
          name: required(values.name, '--name'),
          dir: required(positionals[0], 'DIR'),
          json: values.json,
          resume: values.resume,
        },
        await api(),
      );
    case 'train':
      return trainCommand(
        {
          dataset: required(values.dataset, '--dataset'),
          epochs: number(values, 'epochs'),
          batchSize: number(values, 'batch-size'),
          learningRate: number(values, 'learning-rate'),
          seed: number(values, 'seed'),
          wait: values.wait,
          json: values.json,
          recipe: values.recipe,
          modelSize: values['model-size'],
          augmentation: values['no-augmentation'] ? false : undefined,
          requiresGpu: values.gpu || undefined,
        },
        await api(),
      );
    case 'runs':
      return runsCommand({ json: values.json }, await api());
    case 'cancel':
    case 'retry':
      return runActionCommand(
        { action: command, id: required(positionals[0], 'RUN_ID'), json: values.json },
        await api(),
      );
    case 'compare':
      return compareCommand({ ids: positionals, json: values.json }, await api());
    case 'export':
      return exportCommand(
        { id: required(positionals[0], 'MODEL_ID'), dir: required(positionals[1], 'DIR'), json: values.json },
        await api(),
      );
    case 'import-model':
      return importModelCommand(
        { dir: required(positionals[0], 'DIR'), dataset: required(values.dataset, '--dataset'), json: values.json },
        await api(),
      );
    case 'export-dataset':
      return exportDatasetCommand(
        {
          versionId: required(positionals[0], 'VERSION_ID'),
          target: required(positionals[1], 'DIR'),
          json: values.json,
        },
        await api(),
      );
    case 'alias':
      if (positionals[0] !== 'set' && positionals[0] !== 'rollback')
        throw new CliError(`Usage: emolab alias set NAME MODEL_ID | alias rollback NAME --modality image|audio`);
      return aliasCommand(
        {
          action: positionals[0],
          name: required(positionals[1], 'NAME'),
          modelVersionId: positionals[0] === 'set' ? required(positionals[2], 'MODEL_ID') : undefined,
          modality: values.modality,
          json: values.json,
        },
        await api(),
      );
    case 'predict':
      return predictCommand(
        {
          file: required(positionals[0], 'FILE'),
          model: values.model,
          modality: values.modality,
          testTimeAugmentation: !values['no-tta'],
        },
        await api(),
      );
    case 'models':
      return modelsCommand({ json: values.json, modality: values.modality }, await api());
    case 'eval':
      return evalCommand(
        {
          format: required(values.format, '--format'),
          modality: values.modality,
          dir: required(positionals[0], 'DIR'),
          model: values.model,
          json: values.json,
        },
        await api(),
      );
    default:
      throw new CliError(command ? `Unknown command '${command}'\n\n${USAGE}` : USAGE);
  }
}

async function main(): Promise<void> {
  let values: Values | undefined;
  try {
    const parsed = parseArgs({ args: process.argv.slice(2), options: OPTIONS, allowPositionals: true });
    values = parsed.values;
    const [command, ...positionals] = parsed.positionals;
    if (values.help) return void console.log(USAGE);
    const result = await run(command, positionals, values, loadConfig());
    // predict always prints JSON: the prediction is the output.
    if (result && (values.json || command === 'predict'))
      console.log(JSON.stringify(result, null, values.json ? 0 : 2));
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    const result = (error as { result?: unknown }).result;
    if (values?.json && result) console.log(JSON.stringify(result));
    if (
      error instanceof CliError ||
      error.name === 'ConfigError' ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`emolab: ${error.message}`);
    } else {
      console.error('emolab: unexpected error:', error);
    }
    if (values?.json && !result)
      console.log(JSON.stringify({ error: { code: (error as CliError).code ?? 'ERROR', message: error.message } }));
    process.exitCode = 1;
  }
}

await main();
