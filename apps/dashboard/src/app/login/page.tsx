import type { Metadata } from 'next';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in' };

interface LoginPageProps {
  searchParams: Promise<{ expired?: string }>;
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const { expired } = await searchParams;
  return (
    <main className="page page-narrow login">
      <h1>Sign in to Emolab</h1>
      {expired ? (
        <p className="notice" role="status">
          Your API key is no longer accepted. Sign in with a valid key.
        </p>
      ) : null}
      <p className="muted">Paste the API key an Emolab admin gave you. It is kept in an httpOnly cookie.</p>
      <LoginForm />
    </main>
  );
}
