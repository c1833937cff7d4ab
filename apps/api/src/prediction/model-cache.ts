import type { Db } from '@emolab/core/db';
import { getModelWeights } from '@emolab/core/services';
import { loadPredictor, type Predictor } from '@emolab/ml/predict';

/** Loaded, warm predictors by version id; weights come from PostgreSQL once per process; concurrent requests share batched model calls. */
export interface ModelCache {
  get(modelVersionId: string): Promise<Predictor>;
  clear(): void;
}

/** A small LRU of loaded predictors; concurrent first requests share one load. */
export function createModelCache(options: { db: Db; capacity: number }): ModelCache {
  const entries = new Map<string, Promise<Predictor>>();
  return {
    get(modelVersionId) {
      const hit = entries.get(modelVersionId);
      if (hit) {
        entries.delete(modelVersionId);
        entries.set(modelVersionId, hit); // most recently used goes last
        return hit;
      }
      const loading = getModelWeights({ id: modelVersionId }, options).then((bytes) => loadPredictor(bytes));
      loading.catch(() => entries.delete(modelVersionId)); // a failed load is not cached
      entries.set(modelVersionId, loading);
      while (entries.size > options.capacity) {
        const [oldestId, oldest] = entries.entries().next().value as [string, Promise<Predictor>];
        entries.delete(oldestId);
        void oldest.then(
          (model) => model.dispose(),
          () => undefined,
        );
      }
      return loading;
    },
    clear() {
      for (const model of entries.values())
        void model.then(
          (m) => m.dispose(),
          () => undefined,
        );
      entries.clear();
    },
  };
}
