import { describe, expect, it } from 'vitest';
import { decodeDetections, nonMaxSuppression } from './decode-detections.js';

describe('decodeDetections', () => {
  describe('when one anchor of one cell is confident', () => {
    it('returns its box in input pixels', () => {
      const rows = 2;
      const columns = 3;
      const grid = new Float32Array(rows * columns * 25).fill(-10);
      // Row 1, column 2, anchor 0: centred in the cell (sigmoid(0) = 0.5), anchor size (exp(0) = 1).
      grid.set([0, 0, 0, 0, 5], ((1 * columns + 2) * 5 + 0) * 5);
      const detections = decodeDetections({ grid, rows, columns, cellSize: 32, scoreThreshold: 0.5 });
      expect(detections).toHaveLength(1);
      const { box, score } = detections[0] as (typeof detections)[number];
      expect(score).toBeCloseTo(1 / (1 + Math.exp(-5)));
      expect(box.x + box.width / 2).toBeCloseTo(2.5 * 32);
      expect(box.y + box.height / 2).toBeCloseTo(1.5 * 32);
      expect(box.width).toBeCloseTo(1.603231 * 32);
    });
  });

  describe('when the grid has the wrong size', () => {
    it('throws', () => {
      expect(() =>
        decodeDetections({ grid: new Float32Array(10), rows: 1, columns: 1, cellSize: 32, scoreThreshold: 0.5 }),
      ).toThrow(/Unexpected/);
    });
  });
});

describe('nonMaxSuppression', () => {
  describe('when boxes overlap', () => {
    it('keeps the most confident of each cluster, best first', () => {
      const kept = nonMaxSuppression(
        [
          { box: { x: 0, y: 0, width: 10, height: 10 }, score: 0.6 },
          { box: { x: 1, y: 1, width: 10, height: 10 }, score: 0.9 },
          { box: { x: 50, y: 50, width: 10, height: 10 }, score: 0.7 },
        ],
        0.4,
      );
      expect(kept.map((k) => k.score)).toEqual([0.9, 0.7]);
    });
  });
});
