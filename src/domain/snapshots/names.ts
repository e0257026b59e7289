import type { ProviderId } from '@/api/provider';
import type { SnapshotReason, SnapshotTree } from './types';

/**
 * What each provider accepts as a snapshot's name and description, checked before anything is sent (the
 * provider still has the last word). Sources:
 * - DBC: docs/providers/dbc.md §6 (name required and unique per task; era B requires a description, which the
 *   service fills with the name); the name is a path segment (`/snapshot/delete/<task_id>/<name>`) and part of the
 *   snapshot's file name (`<task_id>_<disk>_<name>.qcow2`), hence no `/` and no white space (ASSUMED).
 * - 51idc: docs/providers/idc51.md §5 (create: `snapshot_name` required, not blank; no description on create;
 *   modify takes both). Names need not be unique.
 * - vsd: docs/providers/vsd.md §6.2 (1–64 characters, not `head`, no `/` → 10003; unique within the VM → 23002).
 * - ZStack: docs/providers/zstack.md §7.2 (CreateVolumeSnapshot / UpdateVolumeSnapshot: name required, ≤ 255;
 *   description ≤ 2048 → SYS.1007). Names need not be unique.
 */
export interface SnapshotNameRules {
  maxLength?: number;
  /** Unique among the snapshots of the VM (the provider refuses a duplicate). */
  unique: boolean;
  /** Characters the provider cannot take in a name. */
  forbidden?: RegExp;
  /** How `forbidden` reads in the message. */
  forbiddenText?: string;
  reserved?: readonly string[];
  descriptionMaxLength?: number;
  /** Whether the create request carries a description at all. */
  descriptionOnCreate: boolean;
}

export const SNAPSHOT_NAME_RULES: Record<ProviderId, SnapshotNameRules> = {
  dbc: { unique: true, forbidden: /[/\s]/, forbiddenText: '/ ␣', descriptionOnCreate: true },
  idc51: { unique: false, descriptionOnCreate: false },
  vsd: { maxLength: 64, unique: true, forbidden: /\//, forbiddenText: '/', reserved: ['head'], descriptionOnCreate: true },
  zstack: { maxLength: 255, unique: false, descriptionMaxLength: 2048, descriptionOnCreate: true },
};

/** Names already taken in the tree (for providers where a name is the snapshot's key), optionally but one. */
export function takenNames(tree: SnapshotTree, except?: string): Set<string> {
  return new Set([...tree.nodes.values()].filter((n) => n.id !== except && n.status !== 'deleted').map((n) => n.name));
}

/** Why `name` is refused before sending, or undefined when the provider should take it. */
export function checkSnapshotName(provider: ProviderId, name: string, taken: ReadonlySet<string> = new Set()): SnapshotReason | undefined {
  const rules = SNAPSHOT_NAME_RULES[provider];
  if (name.trim() === '') return { key: 'snapshots.name.required' };
  if (rules.maxLength !== undefined && name.length > rules.maxLength) return { key: 'snapshots.name.tooLong', params: { max: rules.maxLength, length: name.length } };
  if (rules.forbidden?.test(name)) return { key: 'snapshots.name.forbidden', params: { chars: rules.forbiddenText ?? '' } };
  if (rules.reserved?.includes(name)) return { key: 'snapshots.name.reserved', params: { name } };
  if (rules.unique && taken.has(name)) return { key: 'snapshots.name.taken', params: { name } };
  return undefined;
}

export function checkSnapshotDescription(provider: ProviderId, description: string): SnapshotReason | undefined {
  const max = SNAPSHOT_NAME_RULES[provider].descriptionMaxLength;
  return max !== undefined && description.length > max ? { key: 'snapshots.description.tooLong', params: { max, length: description.length } } : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A name to start from: `snap-YYYYMMDD-HHmm` in local time, valid on every provider; where names must be unique
 * and that one is taken, `-2`, `-3`… is added.
 */
export function defaultSnapshotName(now: Date, taken: ReadonlySet<string> = new Set()): string {
  const base = `snap-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
