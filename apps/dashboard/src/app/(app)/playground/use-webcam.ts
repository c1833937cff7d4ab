import { useEffect, useRef, useState, type RefObject } from 'react';
import { describeMediaError } from '@/lib/media-error';

/** Where the camera stands. */
export type CameraPhase = 'off' | 'starting' | 'on';

/** Starts and stops the camera into a <video>; stops it on unmount. */
export function useWebcam(video: RefObject<HTMLVideoElement | null>) {
  const [phase, setPhase] = useState<CameraPhase>('off');
  const [error, setError] = useState<string | null>(null);
  const stream = useRef<MediaStream | null>(null);

  function release() {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: stops the camera on unmount only; release reads a ref, so the first render's copy suffices
  useEffect(() => release, []);

  async function start() {
    setError(null);
    setPhase('starting');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 640 }, height: { ideal: 480 } },
        audio: false,
      });
      if (video.current) {
        video.current.srcObject = stream.current;
        await video.current.play();
      }
      setPhase('on');
    } catch (cause) {
      release();
      setPhase('off');
      setError(describeMediaError(cause, 'camera'));
    }
  }

  function stop() {
    release();
    if (video.current) video.current.srcObject = null;
    setPhase('off');
  }

  return { phase, error, start, stop };
}
