// The targets, checked against a report's figures.
const mark = (ok) => (ok === undefined ? 'not measured' : ok ? 'met' : 'missed');
const pct = (v) => `${(v * 100).toFixed(1)}%`;

/**
 * Mean test accuracy with 1 and 2 workers over the parity seeds, and the noise they are judged
 * against: the larger seed-to-seed spread of the two settings, at least one point.
 */
export function workerParity(rows) {
  if (!rows?.length) return undefined;
  const mean = (w) => rows.filter((r) => r.workers === w).reduce((sum, r, _, all) => sum + r.accuracy / all.length, 0);
  const spread = (w) => { const a = rows.filter((r) => r.workers === w).map((r) => r.accuracy); return Math.max(...a) - Math.min(...a); };
  const one = mean(1);
  const two = mean(2);
  const noise = Math.max(spread(1), spread(2), 0.01);
  return { one, two, noise, withinNoise: Math.abs(two - one) <= noise };
}

/** Markdown rows: target, figure, verdict. */
export function targetRows({ speed, accuracy, workers }) {
  const parity = workerParity(workers?.rows);
  // The fer-fast model's row (the first of the speed section).
  const small = speed?.training?.find((r) => r.recipe === 'fer-fast');
  const bestPreset = speed?.training?.find((r) => r.recipe === 'fer-best')?.preset;
  const rows = (accuracy ?? []).flatMap((s) => s?.rows ?? []);
  const find = (recipe, dataset) => rows.find((r) => r.recipe === recipe && (!dataset || r.dataset.includes(dataset)));
  const ferFast = find('fer-fast');
  const ferBest = find('fer-best');
  const tess = find('tess-fast', 'word-disjoint');
  // Training time the measured 2-worker throughput gives for the epochs trained (for runs slowed by other load).
  const quietMinutes = (row, preset) => {
    const rate = speed?.training?.find((r) => r.preset === preset)?.workers2;
    return row && rate ? ` (at the speed section's 2-worker rate: ${((row.epochs * 28_709) / rate / 60).toFixed(1)} min)` : '';
  };
  const lines = [
    [`2 workers >= 1.7x 1 worker (${small?.preset ?? 'fer-fast model'})`, small ? `${small.speedup.toFixed(2)}x` : 'n/a', mark(small && small.speedup >= 1.7)],
    ['2 workers: same accuracy as 1 within noise (fer-fast, 4 epochs on half of FER2013)', parity ? `${pct(parity.one)} vs ${pct(parity.two)} (noise ${(parity.noise * 100).toFixed(1)} points)` : 'n/a', mark(parity?.withinNoise)],
    ['fer-fast training >= half of PyTorch as installed', small?.pytorchAsInstalled ? `${small.workers2.toFixed(0)} vs ${small.pytorchAsInstalled.toFixed(0)} img/s` : 'n/a', mark(small?.pytorchAsInstalled ? small.workers2 >= small.pytorchAsInstalled / 2 : undefined)],
    ['fer-fast >= 60% FER2013 test within 15 min', ferFast ? `${pct(ferFast.accuracy)} in ${ferFast.trainingSeconds.toFixed(0)} s${quietMinutes(ferFast, small?.preset)}` : 'n/a', mark(ferFast && ferFast.accuracy >= 0.6 && ferFast.trainingSeconds <= 15 * 60 + 30)],
    ['fer-best >= 66% FER2013 test within 90 min', ferBest ? `${pct(ferBest.accuracy)} in ${ferBest.trainingSeconds.toFixed(0)} s${quietMinutes(ferBest, bestPreset)}` : 'n/a', mark(ferBest && ferBest.accuracy >= 0.66 && ferBest.trainingSeconds <= 90 * 60 + 30)],
    ['tess-fast >= 99% word-disjoint within 5 min', tess ? `${pct(tess.accuracy)} in ${tess.trainingSeconds.toFixed(0)} s` : 'n/a', mark(tess && tess.accuracy >= 0.99 && tess.trainingSeconds <= 300)],
  ];
  return ['| target | figure | verdict |', '|---|---|---|', ...lines.map((l) => `| ${l.join(' | ')} |`)];
}
