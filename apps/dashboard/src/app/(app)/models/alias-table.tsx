import Link from 'next/link';
import { Timestamp } from '@/components/timestamp';
import type { Modality } from '@/gql/graphql';
import { titleCase } from '@/lib/format';
import type { AliasAssignment } from '@/lib/queries/find-alias-history';
import { RollbackForm } from './rollback-form';
import { ColumnHeaders } from '@/components/column-headers';

/** One alias of one modality with its assignments, newest first. */
export interface AliasState {
  name: string;
  modality: Modality;
  history: AliasAssignment[];
}

/** Where each alias points now, since when, what it pointed at before, and a rollback button. */
export function AliasTable({ aliases }: { aliases: AliasState[] }) {
  if (aliases.length === 0) {
    return (
      <p className="muted">
        No aliases yet. Promote a model below; predictions use the <code>production</code> alias by default.
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table table-compact" data-testid="alias-table">
        <ColumnHeaders
          columns={['Alias', 'Modality', 'Points at', 'Since', 'Before', { label: 'Actions', hidden: true }]}
        />
        <tbody>
          {aliases.map(({ name, modality, history }) => {
            const [current, ...older] = history;
            const previous = older.find((h) => h.modelVersionId !== current?.modelVersionId);
            return (
              <tr
                key={`${name}/${modality}`}
                data-testid="alias-row"
                data-alias={name}
                data-modality={modality}
                data-model-version-id={current?.modelVersionId}
              >
                <th scope="row">
                  <span className={`badge badge-alias badge-alias-${name}`}>{name}</span>
                </th>
                <td>{titleCase(modality)}</td>
                <td>{current ? <ModelLink id={current.modelVersionId} /> : '—'}</td>
                <td>{current ? <Timestamp value={current.createdAt} /> : '—'}</td>
                <td>{previous ? <ModelLink id={previous.modelVersionId} /> : <span className="muted">—</span>}</td>
                <td>
                  <RollbackForm alias={name} modality={modality} disabled={!previous} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ModelLink({ id }: { id: string }) {
  return (
    <Link href={`/models/${encodeURIComponent(id)}`}>
      <code className="id">{id}</code>
    </Link>
  );
}
