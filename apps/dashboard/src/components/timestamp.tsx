import { formatTimestamp, parseTimestamp } from '@/lib/format';

/** An API timestamp as a <time> element in UTC. */
export function Timestamp({ value }: { value: string }) {
  const date = parseTimestamp(value);
  return <time dateTime={date?.toISOString()}>{formatTimestamp(value)}</time>;
}
