import { delay } from 'msw';
import type { ProviderId } from '../../src/api/provider';
import type { FaultRule, ProviderFlags } from '../../src/api/control/types';
import { seededRandom } from './random';

export type { FaultRule, ProviderFlags };

export interface FaultRegistry {
  rules(): FaultRule[];
  add(rule: Omit<FaultRule, 'id'> & { id?: string }): FaultRule;
  remove(id: string): void;
  clear(provider?: ProviderId): void;
  flags(provider: ProviderId): ProviderFlags;
  setFlags(provider: ProviderId, flags: ProviderFlags): void;
  /** Reads and clears a one-shot flag. */
  consumeFlag(provider: ProviderId, flag: keyof ProviderFlags): boolean;
  /** The rule that fires for this request, if any (counts `times`). */
  match(provider: ProviderId, method: string, path: string): FaultRule | undefined;
}


export function createFaultRegistry(seed = 42): FaultRegistry {
  let rules: FaultRule[] = [];
  const flags = new Map<ProviderId, ProviderFlags>();
  const random = seededRandom(seed);
  let nextId = 1;
  return {
    rules: () => rules.map((rule) => ({ ...rule })),
    add(rule) {
      const full = { ...rule, id: rule.id ?? `fault-${nextId++}` };
      rules = [...rules.filter((r) => r.id !== full.id), full];
      return full;
    },
    remove(id) {
      rules = rules.filter((rule) => rule.id !== id);
    },
    clear(provider) {
      rules = provider ? rules.filter((rule) => rule.provider !== provider) : [];
      if (provider) flags.delete(provider);
      else flags.clear();
    },
    flags: (provider) => ({ ...flags.get(provider) }),
    setFlags(provider, next) {
      flags.set(provider, { ...flags.get(provider), ...next });
    },
    consumeFlag(provider, flag) {
      const current = flags.get(provider);
      if (!current?.[flag]) return false;
      flags.set(provider, { ...current, [flag]: false });
      return true;
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
