import { EmptyState } from '@/components/empty-state';
import { Timestamp } from '@/components/timestamp';
import { titleCase } from '@/lib/format';
import type { ApiKeySummary } from '@/lib/queries/find-api-keys';
import { RevokeKeyButton } from './revoke-key-button';
import { ColumnHeaders } from '@/components/column-headers';

/** Every key with its role, use and state; active keys can be revoked. */
export function ApiKeyTable({ keys, ownKeyId }: { keys: ApiKeySummary[]; ownKeyId: string }) {
  if (keys.length === 0) return <EmptyState title="No API keys" />;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="api-keys-table">
        <ColumnHeaders columns={['Name', 'Prefix', 'Role', 'Created', 'Last used', 'State']} />
        <tbody>
          {keys.map((key) => (
            <tr
              key={key.id}
              data-testid="api-key-row"
              data-key-name={key.name}
              data-revoked={key.revokedAt ? 'true' : 'false'}
            >
              <th scope="row">
                {key.name}
                {key.id === ownKeyId ? <span className="muted small"> (this session)</span> : null}
              </th>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>{titleCase(key.role)}</td>
              <td>
                <Timestamp value={key.createdAt} />
              </td>
              <td>{key.lastUsedAt ? <Timestamp value={key.lastUsedAt} /> : 'never'}</td>
              <td>
                {key.revokedAt ? (
                  <span className="badge badge-failed">Revoked</span>
                ) : (
                  <RevokeKeyButton id={key.id} name={key.name} own={key.id === ownKeyId} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
