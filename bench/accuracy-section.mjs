// Recipe accuracies on the real datasets (FER2013 test split; TESS word-disjoint and speaker-independent).
import { loadAverage } from './machine-info.mjs';
import { loadFer } from './load-fer.mjs';
import { loadTess, speakerSplit, wordDisjointSplit } from './load-tess.mjs';
import { trainAndScore } from './recipe-training.mjs';

/** Budgets from the issue: fer-fast 15 min, fer-best 90 min, tess-fast 5 min of training. */
const BUDGET_SECONDS = { 'fer-fast': 15 * 60, 'fer-best': 90 * 60, 'tess-fast': 5 * 60 };

/** tess-fast on TESS: word-disjoint split and both speaker-independent directions. */
export async function tessSection({ datasetsDir, log }) {
  const results = [];
  const tess = loadTess(datasetsDir);
  log(`TESS: ${tess.clips.length} clips featurised in ${tess.seconds.toFixed(1)} s${tess.cached ? ' (cached features)' : ''}`);
  const splits = [
    ['word-disjoint', wordDisjointSplit(tess.clips)],
    ['speaker-independent (train OAF, test YAF)', speakerSplit(tess.clips, 'OAF')],
    ['speaker-independent (train YAF, test OAF)', speakerSplit(tess.clips, 'YAF')],
  ];
  for (const [split, data] of splits) {
    const load = loadAverage();
    const score = await trainAndScore({ recipeName: 'tess-fast', ...data, budgetSeconds: BUDGET_SECONDS['tess-fast'] });
    results.push({ recipe: 'tess-fast', dataset: `TESS ${split}`, load, ...score });
    log(`tess-fast ${split}: ${JSON.stringify(score)}`);
  }
  return results;
}

/** fer-fast (and with `long` fer-best) on the FER2013 test split, 2 workers; `noBudget` trains every epoch however long it takes. */
export async function ferSection({ datasetsDir, long, noBudget, log }) {
  const results = [];
  const train = await loadFer(datasetsDir, 'train');
  const test = await loadFer(datasetsDir, 'test');
  for (const recipeName of long ? ['fer-fast', 'fer-best'] : ['fer-fast']) {
    const load = loadAverage();
    const score = await trainAndScore({ recipeName, train, test, workers: 2, budgetSeconds: noBudget ? Infinity : BUDGET_SECONDS[recipeName], log });
    results.push({ recipe: recipeName, dataset: 'FER2013 test (PublicTest)', load, ...score });
    log(`${recipeName}: ${JSON.stringify(score)}`);
  }
  return results;
}
