'use client';

import { useEffect, useRef, useState } from 'react';
import { drawPeaks, loadPeaks } from './waveform-peaks';

/** A clip's waveform, decoded in the browser; clicking (or Enter/Space) plays it. */
export function AudioWaveform({
  src,
  label,
  width,
  height,
}: {
  src: string;
  label: string;
  width: number;
  height: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const audio = useRef<HTMLAudioElement | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    let live = true;
    setState('loading');
    loadPeaks(src, Math.round(width / 3))
      .then((peaks) => {
        if (!live || !canvas.current) return;
        drawPeaks(canvas.current, peaks, '#0b57d0');
        setState('ready');
      })
      .catch(() => live && setState('error'));
    return () => {
      live = false;
    };
  }, [src, width]);

  useEffect(() => () => audio.current?.pause(), []);

  const toggle = () => {
    audio.current ??= new Audio(src);
    const element = audio.current;
    element.onended = () => setPlaying(false);
    if (element.paused) {
      void element
        .play()
        .then(() => setPlaying(true))
        .catch(() => setPlaying(false));
    } else {
      element.pause();
      setPlaying(false);
    }
  };

  return (
    <button
      type="button"
      className="waveform"
      onClick={toggle}
      aria-label={`${playing ? 'Pause' : 'Play'} ${label}`}
      aria-pressed={playing}
      data-state={state}
      data-testid="waveform"
    >
      <canvas ref={canvas} width={width} height={height} />
      <span className="waveform-status small">
        {state === 'loading' ? 'Loading…' : state === 'error' ? 'Could not decode' : playing ? '❚❚ Playing' : '▶ Play'}
      </span>
    </button>
  );
}
