'use server';

import { redirect } from 'next/navigation';
import { deleteApiKey } from '@/lib/session';

/** Forgets the stored API key and returns to /login. */
export async function signOut(): Promise<void> {
  await deleteApiKey();
  redirect('/login');
}
