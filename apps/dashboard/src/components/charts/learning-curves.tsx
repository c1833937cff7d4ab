import { SERIES_COLORS } from '@/lib/chart-colors';
import type { TrainingEpoch } from '@/lib/queries/training-epoch';
import { LineChartCard } from './line-chart-card';

const [TRAIN_COLOR = '#0072b2', VALIDATION_COLOR = '#d55e00'] = SERIES_COLORS;

/** Loss and accuracy per epoch, training and validation, side by side. */
/** The two curves, each on its own chart: training solid, validation dashed. */
const CHARTS = [
  { key: 'loss', validationKey: 'valLoss', title: 'Loss', testId: 'loss-chart', format: 'number' },
  { key: 'accuracy', validationKey: 'valAccuracy', title: 'Accuracy', testId: 'accuracy-chart', format: 'percent' },
] as const;

export function LearningCurves({ epochs, emptyText }: { epochs: TrainingEpoch[]; emptyText?: string }) {
  if (epochs.length === 0) {
    return (
      <p className="muted chart-empty" data-testid="curves-empty">
        {emptyText ?? 'No epoch has finished yet.'}
      </p>
    );
  }
  const validated = epochs.some((e) => e.valLoss != null || e.valAccuracy != null);
  const data = [...epochs]
    .sort((a, b) => a.epoch - b.epoch)
    .map((e) => ({
      epoch: e.epoch,
      loss: e.loss,
      valLoss: e.valLoss,
      accuracy: e.accuracy,
      valAccuracy: e.valAccuracy,
    }));
  return (
    <div className="chart-grid" data-testid="learning-curves">
      {CHARTS.map((chart) => (
        <LineChartCard
          key={chart.key}
          title={chart.title}
          testId={chart.testId}
          data={data}
          xKey="epoch"
          xLabel="Epoch"
          valueFormat={chart.format}
          series={[
            { key: chart.key, name: 'Training', color: TRAIN_COLOR },
            ...(validated
              ? [{ key: chart.validationKey, name: 'Validation', color: VALIDATION_COLOR, dashed: true }]
              : []),
          ]}
        />
      ))}
    </div>
  );
}
