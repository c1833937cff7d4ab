import Link from 'next/link';

/** The playground's input modes, one URL each (`?mode=`). */
export const PLAYGROUND_MODES = [
  { mode: 'upload', label: 'Upload a file' },
  { mode: 'microphone', label: 'Record from microphone' },
  { mode: 'webcam', label: 'Live webcam' },
] as const;

/** One of PLAYGROUND_MODES. */
export type PlaygroundMode = (typeof PLAYGROUND_MODES)[number]['mode'];

/** Parses `?mode=`; anything unknown is the upload mode. */
export function toPlaygroundMode(value: string | string[] | undefined): PlaygroundMode {
  return PLAYGROUND_MODES.find((m) => m.mode === value)?.mode ?? 'upload';
}

/** Links between the modes; the current one is marked for assistive technology. */
export function PlaygroundTabs({ current }: { current: PlaygroundMode }) {
  return (
    <nav aria-label="Input mode" className="mode-tabs">
      <ul>
        {PLAYGROUND_MODES.map(({ mode, label }) => (
          <li key={mode}>
            <Link
              href={`/playground?mode=${mode}`}
              aria-current={mode === current ? 'page' : undefined}
              className="mode-tab"
              data-testid={`mode-${mode}`}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
