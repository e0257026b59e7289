import { sha256 } from '@noble/hashes/sha2';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { base58Encode } from '@polkadot/util-crypto';

/** Formatting the node's way: local-time strings, scale_size strings, masked IPs, generated ids. */

/** The demo nodes sit in China (UTC+8); create_time has no zone, like the real node's local time. */
const NODE_UTC_OFFSET_MS = 8 * 3600_000;

export function nodeTime(ms: number): string {
  return new Date(ms + NODE_UTC_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** scale_size: "8G", "15.50G" (two decimals unless whole). */
export function sizeG(gb: number): string {
  const rounded = Math.round(gb * 100) / 100;
  return Number.isInteger(rounded) ? `${rounded}G` : `${rounded.toFixed(2)}G`;
}

export function percent(value: number): string {
  return `${(Math.round(value * 100) / 100).toFixed(2)}%`;
}

/** First and third octets become `*` (docs/providers/dbc.md §5). */
export function maskIp(ip: string): string {
  const parts = ip.split('.');
  if (parts.length !== 4) return ip;
  return `*.${parts[1]}.*.${parts[3]}`;
}

function digest(label: string): Uint8Array {
  return sha256(stringToU8a(label));
}

/** Base58Check of a UUID-shaped string, the way the node builds session ids (~55 chars). */
export function base58CheckId(label: string): string {
  const hex = u8aToHex(digest(label)).slice(2);
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  const payload = stringToU8a(uuid);
  const check = sha256(sha256(payload)).slice(0, 4);
  return base58Encode(u8aConcat(payload, check));
}

/** 22-char base58 task id (generated ids look like `7a7F4y4wjLSDUtK7nKQNNG`). */
export function taskIdFrom(label: string): string {
  return base58Encode(digest(label)).slice(0, 22);
}

const PASSWORD_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** The node's genpwd(): letters and digits. */
export function passwordFrom(label: string, length = 12): string {
  const bytes = digest(label);
  let out = '';
  for (let i = 0; i < length; i++) out += PASSWORD_CHARS.charAt((bytes[i] ?? 0) % PASSWORD_CHARS.length);
  return out;
}

export function macFrom(label: string): string {
  const bytes = digest(label);
  return ['52', '54', '00', ...Array.from(bytes.slice(0, 3), (b) => b.toString(16).padStart(2, '0'))].join(':');
}
