import { useEffect, useRef, useState } from 'react';
import { describeMediaError } from '@/lib/media-error';

/** Where a microphone recording stands. */
export type RecorderPhase = 'idle' | 'starting' | 'recording';

/** Records from the microphone with MediaRecorder, stopping by itself after `maxSeconds`. */
export function useRecorder(options: { maxSeconds: number; onRecorded(recording: Blob): void }) {
  const [phase, setPhase] = useState<RecorderPhase>('idle');
  const [elapsed, setElapsed] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const recorderRef = useRef<MediaRecorder | null>(null);
  const onRecorded = useRef(options.onRecorded);
  onRecorded.current = options.onRecorded;

  useEffect(() => {
    if (phase !== 'recording') return;
    const started = Date.now();
    const timer = setInterval(() => {
      const seconds = (Date.now() - started) / 1000;
      setElapsed(seconds);
      if (seconds >= options.maxSeconds) recorderRef.current?.stop();
    }, 200);
    return () => clearInterval(timer);
  }, [phase, options.maxSeconds]);

  // Release the microphone if the user leaves the page while recording.
  useEffect(() => () => recorderRef.current?.stream.getTracks().forEach((track) => track.stop()), []);

  async function start() {
    setError(null);
    setElapsed(0);
    setPhase('starting');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const recorder = new MediaRecorder(stream);
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      recorder.onstop = () => {
        stream.getTracks().forEach((track) => track.stop());
        recorderRef.current = null;
        setPhase('idle');
        onRecorded.current(new Blob(chunks, { type: recorder.mimeType }));
      };
      recorderRef.current = recorder;
      recorder.start(250);
      setPhase('recording');
    } catch (cause) {
      setPhase('idle');
      setError(describeMediaError(cause, 'microphone'));
    }
  }

  return { phase, elapsed, error, start, stop: () => recorderRef.current?.stop() };
}
