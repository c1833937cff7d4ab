'use client';

import { useRef, useState } from 'react';
import type { ModelOption } from './model-option';
import { ModelSelect } from './model-select';
import { FaceOverlay } from './face-overlay';
import { useFramePredictions } from './use-frame-predictions';
import { useWebcam } from './use-webcam';
import { WebcamResults } from './webcam-results';

/** Live webcam mode: frames go to `predict` several times a second; faces are boxed over the video. */
export function WebcamPanel({ models }: { models: ModelOption[] }) {
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [modelVersionId, setModelVersionId] = useState('');
  const camera = useWebcam(video);
  const { latest, frames } = useFramePredictions({ active: camera.phase === 'on', modelVersionId, video, canvas });
  const faces = latest?.result.status === 'done' ? latest.result.prediction.faces : [];

  return (
    <div className="playground playground-webcam">
      <div className="card form" data-testid="webcam-panel">
        <ModelSelect models={models} modality="IMAGE" value={modelVersionId} onChange={setModelVersionId} />
        <div className="video-frame" data-camera={camera.phase}>
          <video ref={video} muted playsInline aria-label="Camera preview" data-testid="webcam-video" />
          {camera.phase === 'on' && latest ? (
            <FaceOverlay faces={faces} width={latest.width} height={latest.height} />
          ) : null}
          {camera.phase !== 'on' ? <p className="video-placeholder muted">Camera is off</p> : null}
        </div>
        <canvas ref={canvas} hidden />
        {camera.phase === 'on' ? (
          <button type="button" className="button button-danger" onClick={camera.stop} data-testid="stop-camera">
            Stop camera
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => void camera.start()}
            disabled={camera.phase === 'starting'}
            data-testid="start-camera"
          >
            {camera.phase === 'starting' ? 'Starting camera…' : 'Start camera'}
          </button>
        )}
        <p className="hint">Frames are sent to the API as JPEG about four times a second, one at a time.</p>
        {camera.error ? (
          <p className="form-error" role="alert" data-testid="camera-error">
            {camera.error}
          </p>
        ) : null}
      </div>
      {camera.phase === 'on' || latest ? <WebcamResults latest={latest} frames={frames} /> : null}
    </div>
  );
}
