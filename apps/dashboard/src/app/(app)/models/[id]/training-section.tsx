import { LearningCurves } from '@/components/charts/learning-curves';
import { EnvironmentTable } from '@/components/environment-table';
import { KeyValueTable } from '@/components/key-value-table';
import { jsonObject } from '@/lib/json-object';
import type { TrainingRunDetail } from '@/lib/queries/find-training-run';

/** How a model version was trained: its run's learning curves, hyperparameters, dataset and environment. */
export function TrainingSection({ run, hasRun }: { run: TrainingRunDetail | null; hasRun: boolean }) {
  if (!run) {
    return (
      <section aria-labelledby="training-heading">
        <h2 id="training-heading">Training</h2>
        <p className="muted">
          {hasRun
            ? 'The training run of this model is no longer available.'
            : 'This model was not trained by an Emolab run (e.g. imported).'}
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="training-heading">
      <h2 id="training-heading">Learning curves</h2>
      <LearningCurves epochs={run.epochs} emptyText="The run recorded no epochs." />
      <div className="two-columns">
        <div>
          <h2>Hyperparameters</h2>
          <KeyValueTable
            caption="Hyperparameters"
            entries={Object.entries(jsonObject(run.hyperparameters))}
            testId="hyperparameters-table"
          />
          <h2>Dataset</h2>
          <KeyValueTable
            caption="Dataset"
            entries={[
              ['name', run.datasetName],
              ['version', run.datasetVersion.number],
              ['samples', run.datasetVersion.sampleCount],
              ['recipe', run.recipe],
            ]}
            testId="dataset-table"
          />
        </div>
        <div>
          <h2>Environment</h2>
          <EnvironmentTable environment={run.environment} />
        </div>
      </div>
    </section>
  );
}
