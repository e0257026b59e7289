/** URL state of the Snapshots area: which connection, VM / volume, and the selected (and compared) snapshot. */
export interface SnapshotSearch {
  connection?: string;
  vm?: string;
  volume?: string;
  snapshot?: string;
  compare?: string;
  q?: string;
  /** The way in: the VMs (default) or every snapshot of every connection. */
  view?: 'snapshots';
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 200) : undefined;
}

/** Unknown or malformed values fall back to nothing; a volume or snapshot without a VM means nothing. */
export function validateSnapshotSearch(raw: Record<string, unknown>): SnapshotSearch {
  const vm = text(raw.vm);
  return {
    connection: text(raw.connection),
    vm,
    volume: vm ? text(raw.volume) : undefined,
    snapshot: vm ? text(raw.snapshot) : undefined,
    compare: vm ? text(raw.compare) : undefined,
    q: text(raw.q),
    view: raw.view === 'snapshots' ? 'snapshots' : undefined,
  };
}
