/** Deterministic ids: a mulberry32 PRNG whose state lives in the store, so replays and restores agree. */

export interface RandomSource {
  rng: number;
}

export function nextRandom(source: RandomSource): number {
  source.rng = (source.rng + 0x6d2b79f5) >>> 0;
  let t = source.rng;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function randomInt(source: RandomSource, min: number, max: number): number {
  return min + Math.floor(nextRandom(source) * (max - min + 1));
}

export function pick<T>(source: RandomSource, items: readonly T[]): T {
  const item = items[Math.floor(nextRandom(source) * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEX = '0123456789abcdef';

/** 51idc style ids: `ss-BTZOND4`, `vol-SACNVJNS`, `ins-JWFQNPY`, `img-IDNC88D`. */
export function resourceId(source: RandomSource, prefix: string, length = 7): string {
  let out = '';
  for (let i = 0; i < length; i++) out += UPPER[Math.floor(nextRandom(source) * UPPER.length)];
  return `${prefix}-${out}`;
}

/** UUID v4 layout (job_id and request_id are UUIDs in 51idc v2). */
export function uuid(source: RandomSource): string {
  let hex = '';
  for (let i = 0; i < 32; i++) hex += HEX[Math.floor(nextRandom(source) * 16)];
  const variant = HEX[8 + Math.floor(nextRandom(source) * 4)];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Opaque bearer token. */
export function tokenString(source: RandomSource): string {
  let hex = '';
  for (let i = 0; i < 40; i++) hex += HEX[Math.floor(nextRandom(source) * 16)];
  return hex;
}
