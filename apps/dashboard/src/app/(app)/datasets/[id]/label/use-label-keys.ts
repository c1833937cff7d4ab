'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';
import { EMOTIONS } from '@emolab/core/domain';
import type { Emotion } from '@/gql/graphql';

/** What each shortcut of labeling mode does. */
export interface LabelKeyHandlers {
  label: (emotion: Emotion | null) => void;
  move: (delta: number) => void;
  undo: () => void;
  play: () => void;
}

/** Listens for the labeling shortcuts, except while typing in a form field or with a modifier held. */
export function useLabelKeys(handlers: LabelKeyHandlers) {
  // The handlers of the last committed render, swapped in before the browser paints it: a listener
  // re-registered in useEffect (after the paint) would send a fast typist's key, pressed while the
  // next sample is already on screen, to the sample before it.
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  }, [handlers]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) || target.isContentEditable)) return;
      const handled = dispatch(event.key, latest.current);
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

function dispatch(key: string, h: LabelKeyHandlers): boolean {
  const digit = /^[1-7]$/.test(key) ? Number(key) : null;
  if (digit !== null) return (h.label(EMOTIONS[digit - 1] ?? null), true);
  switch (key) {
    case '0':
    case 'Backspace':
      return (h.label(null), true);
    case 'ArrowRight':
    case 'ArrowDown':
    case 'j':
    case 'J':
      return (h.move(1), true);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'k':
    case 'K':
      return (h.move(-1), true);
    case 'u':
    case 'U':
      return (h.undo(), true);
    case 'p':
    case 'P':
      return (h.play(), true);
    default:
      return false;
  }
}
