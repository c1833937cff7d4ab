'use client';

import { useActionState } from 'react';
import { signIn, type SignInState } from '@/actions/sign-in';

const INITIAL_STATE: SignInState = { error: null };

/** The API key form; shows why a key was refused. */
export function LoginForm() {
  const [state, formAction, pending] = useActionState(signIn, INITIAL_STATE);
  return (
    <form action={formAction} className="form card" aria-describedby={state.error ? 'login-error' : undefined}>
      <div className="field">
        <label htmlFor="apiKey">API key</label>
        <input
          id="apiKey"
          name="apiKey"
          type="password"
          autoComplete="current-password"
          required
          spellCheck={false}
          aria-invalid={state.error ? true : undefined}
        />
      </div>
      {state.error ? (
        <p id="login-error" className="form-error" role="alert" data-testid="login-error">
          {state.error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
