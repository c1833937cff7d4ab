import type { FaceBox } from './face-types.js';
import { TINY_FACE_ANCHORS } from './tiny-face-detector.js';

/** Options for {@link decodeDetections}. */
export interface DecodeDetectionsOptions {
  /** The detector's output for one image, [rows, columns, anchors * 5], row-major. */
  grid: Float32Array;
  rows: number;
  columns: number;
  /** Input pixels per grid cell (32 for the tiny detector); boxes come back in input pixels. */
  cellSize: number;
  scoreThreshold: number;
}

/** A box in detector-input pixels with its confidence. */
export interface ScoredBox {
  box: FaceBox;
  score: number;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

function iou(p: FaceBox, q: FaceBox): number {
  const w = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);
  const h = Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  return inter / (p.width * p.height + q.width * q.height - inter);
}

/** Greedy non-maximum suppression; returns the kept boxes, best first. */
export function nonMaxSuppression(candidates: ScoredBox[], iouThreshold: number): ScoredBox[] {
  const kept: ScoredBox[] = [];
  for (const candidate of [...candidates].sort((p, q) => q.score - p.score)) {
    if (kept.every((k) => iou(k.box, candidate.box) <= iouThreshold)) kept.push(candidate);
  }
  return kept;
}

/** Turns the Tiny-YOLO grid into scored boxes (sigmoid centre offsets, exp anchor scales) above the threshold. */
export function decodeDetections(options: DecodeDetectionsOptions): ScoredBox[] {
  const { grid, rows, columns, cellSize, scoreThreshold } = options;
  const anchors = TINY_FACE_ANCHORS.length;
  if (rows * columns * anchors * 5 !== grid.length)
    throw new Error(`Unexpected detector output of ${grid.length} values`);
  const candidates: ScoredBox[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < columns; col++) {
      for (let anchor = 0; anchor < anchors; anchor++) {
        const at = ((row * columns + col) * anchors + anchor) * 5;
        const score = sigmoid(grid[at + 4] as number);
        if (score < scoreThreshold) continue;
        const [anchorWidth, anchorHeight] = TINY_FACE_ANCHORS[anchor] as readonly [number, number];
        const cx = (col + sigmoid(grid[at] as number)) * cellSize;
        const cy = (row + sigmoid(grid[at + 1] as number)) * cellSize;
        const width = Math.exp(grid[at + 2] as number) * anchorWidth * cellSize;
        const height = Math.exp(grid[at + 3] as number) * anchorHeight * cellSize;
        candidates.push({ box: { x: cx - width / 2, y: cy - height / 2, width, height }, score });
      }
    }
  }
  return candidates;
}
