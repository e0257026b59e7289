/**
 * The emulators' control API (`/mock/__control`): fault injection, time scale, dataset, reset, the request log
 * and the emulator clock. Not a provider API. Shared by mocks/control (which serves it) and the console's Demo controls.
 */
import type { ProviderId } from '../provider';

/** `demo` for the console and tests; `large` for benchmarks (10,000 VMs, a 5,000-node tree, 500 DBC nodes). */
export type DatasetName = 'demo' | 'large';

/** One injected fault. Matching: same provider, method (if given) and `route` substring of the path. */
export interface FaultRule {
  id: string;
  provider: ProviderId;
  /** A substring of the path under the provider's base, e.g. "/api/v1/tasks/stop". Empty: every route. */
  route?: string;
  method?: string;
  latencyMs?: number;
  /** 0..1; 1 = every matching request fails. */
  errorRate?: number;
  /** The provider error to answer with (the emulator shapes its envelope). */
  error?: { status?: number; code?: string; message?: string };
  /** Never answer (the client's own timeout fires). */
  timeout?: boolean;
  /** Answer 200 with a truncated JSON body. */
  malformed?: boolean;
  /** Remove the rule after it fired this many times. */
  times?: number;
}

/** Provider-level switches the emulators read themselves. */
export interface ProviderFlags {
  /** The next long job fails when it is half done. */
  jobFailsHalfway?: boolean;
  /** DBC: the next image transfer stops moving when half done and never ends until stopped. */
  transferStalls?: boolean;
  /** The provider session (ZStack session, vsd api key, 51idc token, DBC session id) is treated as expired. */
  sessionExpired?: boolean;
}

export interface BackendSettings {
  dataset: DatasetName;
  timeScale: number;
  strictAuth: boolean;
}

export interface BackendState extends BackendSettings {
  faults: FaultRule[];
  flags: Record<ProviderId, ProviderFlags>;
}

/**
 * One provider request as the emulator received it (`GET /__control/requests`). Kept in the emulator's memory
 * only (the last 500), never saved: bodies carry sessions and passwords.
 */
export interface LoggedRequest {
  /** Arrival order, from 1; clearing the log does not restart it. */
  seq: number;
  provider: ProviderId;
  method: string;
  /** The path under the provider's base, e.g. `/api/v1/tasks/shutdown/Gq3k…` (DBC), `/zstack/v1/vm-instances`. */
  path: string;
  /** The query string; a repeated name gives its values in order. */
  query: Record<string, string | string[]>;
  /** The body: parsed JSON when it is JSON (whatever the content type), else the text; absent when empty. */
  body?: unknown;
  /** The answer's HTTP status; null while unanswered (or never answered: a `timeout` fault). */
  status: number | null;
  /** The id of the fault rule that matched it, if one did. */
  fault?: string;
  /** Emulator time when it arrived (ms since the epoch, the emulator clock). */
  time: number;
}

/** Which logged requests to list: every given field must match. */
export interface RequestFilter {
  provider?: ProviderId;
  /** Case-insensitive. */
  method?: string;
  /** A substring of `path`. */
  path?: string;
}

/** The emulator clock (`GET /__control/clock`): real time plus an offset that only grows. */
export interface ClockState {
  /** Emulator time, ms since the epoch. */
  now: number;
  /** How far ahead of real time the emulators are. */
  offsetMs: number;
}

export const CONTROL_BASE = '/mock/__control';
