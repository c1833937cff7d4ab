import { useEffect, useState, type RefObject } from 'react';
import { predictData, type PredictDataResult } from '@/actions/predict-data';
import { captureFrame } from './capture-frame';

/** The latest answer for a webcam frame, and the size of that frame. */
export interface FramePrediction {
  result: PredictDataResult;
  width: number;
  height: number;
}

const INTERVAL_MS = 250;
const ERROR_BACKOFF_MS = 2000;

/**
 * While `active`, sends a frame to `predict` about four times a second (the next one only after the
 * previous answer, so a slow API is never flooded) and keeps the latest answer.
 */
export function useFramePredictions(options: {
  active: boolean;
  modelVersionId: string;
  video: RefObject<HTMLVideoElement | null>;
  canvas: RefObject<HTMLCanvasElement | null>;
}) {
  const { active, modelVersionId, video, canvas } = options;
  const [latest, setLatest] = useState<FramePrediction | null>(null);
  const [frames, setFrames] = useState(0);

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      const started = performance.now();
      let wait = INTERVAL_MS;
      const frame = video.current && canvas.current ? captureFrame(video.current, canvas.current) : null;
      if (frame) {
        const result = await predictData({ modality: 'IMAGE', fileBase64: frame.base64, modelVersionId });
        if (cancelled) return;
        setLatest({ result, width: frame.width, height: frame.height });
        setFrames((count) => count + 1);
        if (result.status === 'error') wait = ERROR_BACKOFF_MS;
      }
      timer = setTimeout(() => void tick(), Math.max(0, wait - (performance.now() - started)));
    };
    void tick();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [active, modelVersionId, video, canvas]);

  return { latest, frames };
}
