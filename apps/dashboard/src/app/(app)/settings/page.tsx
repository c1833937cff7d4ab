import type { Metadata } from 'next';
import { EmptyState } from '@/components/empty-state';
import { getViewer } from '@/lib/queries/get-viewer';
import { findApiKeys } from '@/lib/queries/find-api-keys';
import { ApiKeyTable } from './api-key-table';
import { CreateKeyForm } from './create-key-form';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const viewer = await getViewer();
  if (viewer.role !== 'ADMIN') {
    return (
      <>
        <h1>Settings</h1>
        <EmptyState title="Only admins manage API keys">
          <p data-testid="settings-forbidden">
            You are signed in as {viewer.name} with the {viewer.role.toLowerCase()} role. Ask an admin for a new key or
            to revoke one.
          </p>
        </EmptyState>
      </>
    );
  }
  const { keys, ownKeyId } = await findApiKeys();
  return (
    <>
      <h1>Settings</h1>
      <h2>API keys</h2>
      <p className="muted">Keys sign in to the dashboard, the CLI and the API. A new key is shown once only.</p>
      <CreateKeyForm />
      <ApiKeyTable keys={keys} ownKeyId={ownKeyId} />
    </>
  );
}
