'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { SampleMedia } from '@/components/samples/sample-media';
import type { Modality } from '@/gql/graphql';
import type { QueueItem } from '@/lib/datasets/use-sample-pages';
import { titleCase } from '@/lib/format';

const CELL_WIDTH = 150;
const ROW_HEIGHT = 170;

/** A virtualised grid: only the rows in view exist in the DOM; asks for more when the end nears. */
export function SampleGrid(props: {
  items: QueueItem[];
  totalCount: number;
  modality: Modality;
  onNeedMore: () => void;
}) {
  const { items, totalCount, modality, onNeedMore } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [columns, setColumns] = useState(6);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) =>
      setColumns(Math.max(1, Math.floor((entry?.contentRect.width ?? 900) / CELL_WIDTH))),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const rows = Math.ceil(totalCount / columns);
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastRow = virtualRows.at(-1)?.index ?? 0;

  useEffect(() => {
    if ((lastRow + 8) * columns >= items.length && items.length < totalCount) onNeedMore();
  }, [lastRow, columns, items.length, totalCount, onNeedMore]);

  return (
    <section
      ref={scroller}
      className="sample-grid"
      data-testid="sample-grid"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (WCAG 2.1.1)
      tabIndex={0}
      aria-label={`${totalCount} samples; scroll to see more`}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualRows.map((row) => (
          // biome-ignore lint/a11y/useSemanticElements: virtualised rows are absolutely placed grid boxes; ul/li would bring list layout to reset
          <div
            key={row.key}
            role="list"
            className="sample-row"
            style={{ transform: `translateY(${row.start}px)`, gridTemplateColumns: `repeat(${columns}, 1fr)` }}
          >
            {Array.from({ length: columns }, (_, column) => {
              const index = row.index * columns + column;
              if (index >= totalCount) return null;
              const item = items[index];
              return item ? (
                <SampleCell key={item.id} item={item} modality={modality} />
              ) : (
                // biome-ignore lint/a11y/useSemanticElements: a cell of the virtualised grid, as SampleCell
                <div key={`p${index}`} role="listitem" className="sample-cell sample-placeholder" aria-busy="true" />
              );
            })}
          </div>
        ))}
      </div>
    </section>
  );
}

function SampleCell({ item, modality }: { item: QueueItem; modality: Modality }) {
  const name = item.originalName || item.id;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a cell of the virtualised grid (see the rows above)
    <div
      role="listitem"
      className="sample-cell"
      data-testid="sample-cell"
      data-label={item.label ?? ''}
      data-sample-id={item.id}
    >
      <SampleMedia id={item.id} modality={modality} label={name} size={modality === 'AUDIO' ? 132 : 96} />
      <span className={`badge${item.label ? '' : ' badge-unlabeled'}`}>
        {item.label ? titleCase(item.label) : 'Unlabeled'}
      </span>
      {item.predicted ? (
        <span className="small">
          model: {titleCase(item.predicted)} {Math.round((item.confidence ?? 0) * 100)}%
        </span>
      ) : (
        <span className="small muted sample-name" title={name}>
          {item.split === 'UNASSIGNED' ? '' : `${titleCase(item.split)} · `}
          {name.split('/').at(-1)}
        </span>
      )}
    </div>
  );
}
