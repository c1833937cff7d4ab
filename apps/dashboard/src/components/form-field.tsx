import type { ReactNode } from 'react';

export interface FormFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** The control; give it `id`, and `aria-describedby={describedBy}` / `aria-invalid` from the render args. */
  children: (aria: { describedBy: string | undefined; invalid: true | undefined }) => ReactNode;
}

/** A labelled form control with an optional hint and an error message wired up for screen readers. */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ describedBy, invalid: error ? true : undefined })}
      {hint ? (
        <div id={hintId} className="hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
