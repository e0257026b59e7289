/**
 * DBC image transfer progress (docs/providers/dbc.md §7): `/images/uploadprogress` and `/images/downloadprogress`
 * answer `{status: "uploading"|"downloading"|"done", progress: "42%"}`. Pure functions: parse one answer, keep a
 * short history of samples (never going back), and derive speed, time left and stalls from it.
 */

export interface TransferProgress {
  /** 0..100 when the answer carried a readable percentage. */
  percent?: number;
  /** The provider says the transfer is over (`done`), whatever the percentage (a stopped one ends below 100). */
  done: boolean;
  /** The provider reported a failure (an error word in the status, or an error text). */
  failed?: boolean;
  /** The provider's own failure text, when it gave one. */
  error?: string;
  /** The provider's status word, as sent. */
  status?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** "42%", "42.5 %", "42", 42 -> 42 (clamped to 0..100); anything else -> undefined. */
export function parsePercentText(value: unknown): number | undefined {
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
    n = match ? Number(match[1]) : undefined;
  }
  return n === undefined || !Number.isFinite(n) ? undefined : Math.max(0, Math.min(100, n));
}

const FAILURE_WORD = /error|fail/i;

/** One progress answer (the envelope's `message`): an object `{status, progress}`, a bare "NN%" or a number. */
export function parseTransferProgress(raw: unknown): TransferProgress {
  if (!isRecord(raw)) {
    const percent = parsePercentText(raw);
    return { percent, done: percent === 100 };
  }
  const status = typeof raw.status === 'string' ? raw.status.trim() : undefined;
  const percent = parsePercentText(raw.progress);
  const errorText = [raw.error, raw.message, raw.error_message].find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim();
  const failed = (status !== undefined && FAILURE_WORD.test(status)) || errorText !== undefined;
  if (failed) return { percent, done: true, failed: true, error: errorText ?? status, status };
  return { percent, done: status === 'done' || (status === undefined && percent === 100), status };
}

/** A percentage seen at a time (ms). */
export interface ProgressSample {
  at: number;
  percent: number;
}

/** How many samples a job keeps: enough for a steady speed, small enough to persist with the job. */
export const MAX_SAMPLES = 8;

/**
 * Adds a sample. Only movement is kept: a sample at the percentage already reached changes nothing, so the
 * newest sample says when the transfer last moved. The bar never goes back: a lower percentage is dropped and
 * reported (`wentBack`), since a transfer that restarted from 0 is still not further along for the user.
 */
export function addSample(samples: readonly ProgressSample[], sample: ProgressSample, keep = MAX_SAMPLES): { samples: ProgressSample[]; wentBack: boolean } {
  const last = samples[samples.length - 1];
  if (last && sample.percent <= last.percent) return { samples: [...samples], wentBack: sample.percent < last.percent };
  return { samples: [...samples, sample].slice(-keep), wentBack: false };
}

export interface TransferRate {
  percentPerSecond: number;
  /** Only with a known size. */
  bytesPerSecond?: number;
  secondsLeft: number;
}

/**
 * Speed and time left from the oldest to the newest kept sample; undefined until two samples apart in time
 * show movement (one sample says nothing about speed).
 */
export function transferRate(samples: readonly ProgressSample[], sizeBytes?: number): TransferRate | undefined {
  if (samples.length < 2) return undefined;
  const first = samples[0]!;
  const last = samples[samples.length - 1]!;
  const seconds = (last.at - first.at) / 1000;
  const moved = last.percent - first.percent;
  if (seconds <= 0 || moved <= 0) return undefined;
  const percentPerSecond = moved / seconds;
  return {
    percentPerSecond,
    bytesPerSecond: sizeBytes !== undefined && sizeBytes > 0 ? (percentPerSecond / 100) * sizeBytes : undefined,
    secondsLeft: Math.max(0, (100 - last.percent) / percentPerSecond),
  };
}

/** The default time without progress after which a transfer is flagged stalled. */
export const DEFAULT_STALL_MS = 2 * 60_000;

/**
 * Stalled: still below 100 % and no movement for `stallMs` since the newest sample (see addSample), or since
 * `since` (when watching began) for a transfer that never reported a percentage.
 */
export function isStalled(samples: readonly ProgressSample[], now: number, stallMs = DEFAULT_STALL_MS, since?: number): boolean {
  const last = samples[samples.length - 1];
  if (last && last.percent >= 100) return false;
  const moved = last?.at ?? since;
  return moved !== undefined && now - moved >= stallMs;
}
