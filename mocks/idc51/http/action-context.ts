import type { BackupResource } from '../rules/operations';
import type { Idc51State } from '../state';

/** What an action needs besides its parsed input. */
export interface ActionContext {
  state: Idc51State;
  zone: string;
  now: number;
  /** env.timeScale() at the time of the call. */
  scale: number;
  /** Consumes the jobFailsHalfway flag; called only once a job really starts. */
  failHalfway: () => boolean;
}

/** Backups can be taken of instances and volumes of the request's zone. */
export function resolveResource(state: Idc51State, zone: string, id: string): BackupResource | undefined {
  const instance = state.instances.find((i) => i.id === id && i.zone === zone);
  if (instance) return { type: 'instance', record: instance };
  const volume = state.volumes.find((v) => v.id === id && v.zone === zone);
  return volume ? { type: 'volume', record: volume } : undefined;
}

/** A point of the zone that the user can still see (ceased points are gone). */
export function zonePoint(state: Idc51State, zone: string, id: string) {
  return state.snapshots.find((p) => p.id === id && p.zone === zone && p.status !== 'ceased');
}
