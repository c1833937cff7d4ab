import { jsonObject } from '@/lib/json-object';
import { KeyValueTable } from './key-value-table';

const LABELS: Record<string, string> = {
  cpuModel: 'CPU',
  cpuCount: 'CPU cores',
  totalMemoryBytes: 'Memory',
  node: 'Node.js',
  gitCommit: 'Git commit',
  pid: 'Process id',
};
const ORDER = [
  'backend',
  'cpuModel',
  'cpuCount',
  'workers',
  'totalMemoryBytes',
  'node',
  'platform',
  'hostname',
  'gitCommit',
  'packages',
];

/** Where a run trained: backend, CPU, packages and git commit, as the trainer recorded them. */
export function EnvironmentTable({ environment }: { environment: unknown }) {
  if (!environment) return <p className="muted">Recorded when a trainer starts the run.</p>;
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  const entries = Object.entries(jsonObject(environment)).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  return (
    <KeyValueTable
      caption="Environment"
      entries={entries}
      testId="environment-table"
      labels={LABELS}
      renderValue={(key, value) => {
        if (key === 'totalMemoryBytes' && typeof value === 'number') return `${(value / 2 ** 30).toFixed(1)} GiB`;
        if (key === 'gitCommit' && typeof value === 'string') return <code title={value}>{value.slice(0, 12)}</code>;
        if (key === 'packages' && value && typeof value === 'object')
          return <PackageList packages={value as Record<string, unknown>} />;
        return undefined;
      }}
    />
  );
}

function PackageList({ packages }: { packages: Record<string, unknown> }) {
  const installed = Object.entries(packages).filter(([, version]) => typeof version === 'string');
  if (installed.length === 0) return <span className="muted">none recorded</span>;
  return (
    <ul className="plain-list">
      {installed.map(([name, version]) => (
        <li key={name}>
          <code>
            {name}@{String(version)}
          </code>
        </li>
      ))}
    </ul>
  );
}
