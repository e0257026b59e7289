import type { Capability, VmStatus } from './types';

/**
 * Provider status words -> the neutral VmStatus. Tables are keyed by the lower-cased raw word (providers differ
 * in case: ZStack `Running`, vsd `running`), and anything not listed is `unknown`, never guessed.
 */
export type StatusTable = Readonly<Record<string, VmStatus>>;

export function normaliseStatus(table: StatusTable, raw: string | undefined): VmStatus {
  if (!raw) return 'unknown';
  return table[raw.trim().toLowerCase()] ?? 'unknown';
}

export const ALLOWED: Capability = { allowed: true };

/** Refusal reasons, one helper each so the message keys and their params stay consistent across providers. */
export const refuse = {
  /** The VM is in the middle of something (creating, stopping...): wait until it settles. */
  busy: (status: string): Capability => ({ allowed: false, reason: { key: 'vm.reason.busy', params: { status } } }),
  /** The action needs one of the provider's states (shown as the provider's own words). */
  needsState: (states: readonly string[], status: string): Capability => ({
    allowed: false,
    reason: { key: 'vm.reason.needsState', params: { states: states.join(' / '), status } },
  }),
  alreadyRunning: (status: string): Capability => ({ allowed: false, reason: { key: 'vm.reason.alreadyRunning', params: { status } } }),
  alreadyOff: (status: string): Capability => ({ allowed: false, reason: { key: 'vm.reason.alreadyOff', params: { status } } }),
  /** DBC: a VM still being created, or whose creation failed, has no machine to act on. */
  noMachine: (status: string): Capability => ({ allowed: false, reason: { key: 'vm.reason.noMachine', params: { status } } }),
  onlyRunning: (status: string): Capability => ({ allowed: false, reason: { key: 'vm.reason.onlyRunning', params: { status } } }),
  notOffered: (): Capability => ({ allowed: false, reason: { key: 'vm.reason.notOffered' } }),
  /** DBC era 2022 clients do not route this action yet. */
  notInEra: (): Capability => ({ allowed: false, reason: { key: 'vm.reason.notInEra' } }),
} as const;
