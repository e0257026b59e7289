import { delay } from 'msw';
import { isProviderId, type ProviderId } from '../../src/api/provider';
import type { FaultRule, ProviderFlags } from '../../src/api/control/types';
import { seededRandom } from './random';

export type { FaultRule, ProviderFlags };

export interface FaultRegistry {
  rules(): FaultRule[];
  add(rule: Omit<FaultRule, 'id'> & { id?: string }): FaultRule;
  remove(id: string): void;
  /** Forgets the rules, the flags or both (the default), of one provider or all. */
  clear(provider?: ProviderId, parts?: FaultParts): void;
  flags(provider: ProviderId): ProviderFlags;
  setFlags(provider: ProviderId, flags: ProviderFlags): void;
  /** Reads and clears a one-shot flag. */
  consumeFlag(provider: ProviderId, flag: keyof ProviderFlags): boolean;
  /** The rule that fires for this request, if any (counts `times`). */
  match(provider: ProviderId, method: string, path: string): FaultRule | undefined;
  /** Rules and flags as plain data, to save beside the emulators' data. */
  snapshot(): SavedFaults;
  /** Takes back what `snapshot()` gave (a reload of the browser demo); anything unreadable is skipped. */
  restore(saved: unknown): void;
}

export interface FaultParts {
  rules?: boolean;
  flags?: boolean;
}

export interface SavedFaults {
  rules: FaultRule[];
  flags: Partial<Record<ProviderId, ProviderFlags>>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);


/**
 * `changed` runs after every change of rules or flags (a rule used up, a one-shot flag consumed included), so
 * the browser demo saves them like the emulators' data: a reload keeps both, or neither after a reset.
 */
export function createFaultRegistry(seed = 42, changed: () => void = () => {}): FaultRegistry {
  let rules: FaultRule[] = [];
  const flags = new Map<ProviderId, ProviderFlags>();
  const random = seededRandom(seed);
  let nextId = 1;
  return {
    rules: () => rules.map((rule) => ({ ...rule })),
    add(rule) {
      const full = { ...rule, id: rule.id ?? `fault-${nextId++}` };
      rules = [...rules.filter((r) => r.id !== full.id), full];
      changed();
      return full;
    },
    remove(id) {
      rules = rules.filter((rule) => rule.id !== id);
      changed();
    },
    clear(provider, parts = { rules: true, flags: true }) {
      if (parts.rules) rules = provider ? rules.filter((rule) => rule.provider !== provider) : [];
      if (parts.flags && provider) flags.delete(provider);
      else if (parts.flags) flags.clear();
      changed();
    },
    flags: (provider) => ({ ...flags.get(provider) }),
    setFlags(provider, next) {
      flags.set(provider, { ...flags.get(provider), ...next });
      changed();
    },
    consumeFlag(provider, flag) {
      const current = flags.get(provider);
      if (!current?.[flag]) return false;
      flags.set(provider, { ...current, [flag]: false });
      changed();
      return true;
    },
    snapshot: () => ({ rules: rules.map((rule) => ({ ...rule })), flags: Object.fromEntries(flags) }),
    restore(saved) {
      if (!isObject(saved)) return;
      if (Array.isArray(saved.rules)) {
        rules = saved.rules.filter((rule): rule is FaultRule => isObject(rule) && typeof rule.id === 'string' && typeof rule.provider === 'string');
        // New rules must not take a restored rule's id.
        for (const rule of rules) nextId = Math.max(nextId, Number(/^fault-(\d+)$/.exec(rule.id)?.[1] ?? 0) + 1);
      }
      if (isObject(saved.flags)) {
        for (const [provider, value] of Object.entries(saved.flags)) if (isProviderId(provider) && isObject(value)) flags.set(provider, value as ProviderFlags);
      }
    },
    match(provider, method, path) {
      for (const rule of rules) {
        if (rule.provider !== provider) continue;
        if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
        if (rule.route && !path.includes(rule.route)) continue;
        const failing = rule.error !== undefined || rule.timeout || rule.malformed;
        // A pure latency rule always fires; a failing one fires at its rate.
        if (failing && rule.errorRate !== undefined && random() >= rule.errorRate) {
          if (rule.latencyMs) return { ...rule, error: undefined, timeout: false, malformed: false };
          continue;
        }
        if (rule.times !== undefined) {
          const left = rule.times - 1;
          if (left <= 0) rules = rules.filter((r) => r.id !== rule.id);
          else rules = rules.map((r) => (r.id === rule.id ? { ...r, times: left } : r));
          changed();
        }
        return rule;
      }
      return undefined;
    },
  };
}

/** Applies a matched rule: waits, then answers with the fault, or returns undefined to let the request through. */
export async function applyFault(
  rule: FaultRule,
  faultResponse: (fault: NonNullable<FaultRule['error']>) => Response,
): Promise<Response | undefined> {
  if (rule.latencyMs) await delay(rule.latencyMs);
  if (rule.timeout) {
    await delay('infinite');
    return undefined;
  }
  if (rule.malformed) return new Response('{"truncated": ', { status: 200, headers: { 'Content-Type': 'application/json' } });
  if (rule.error) return faultResponse(rule.error);
  return undefined;
}
