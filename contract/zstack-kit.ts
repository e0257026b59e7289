/**
 * What the two ZStack contract files share: the target, login, queries, api-job polling and the snapshot helpers.
 * Ids are discovered through queries so the same files can check a real endpoint (ZSTACK_ACCOUNT /
 * ZSTACK_PASSWORD, default admin / password).
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { contractTarget, type ContractResponse } from './harness';

export const target = contractTarget('zstack');
export const V1 = '/zstack/v1';
export const ACCOUNT = process.env.ZSTACK_ACCOUNT ?? 'admin';
export const PASSWORD_SHA512 = createHash('sha512').update(process.env.ZSTACK_PASSWORD ?? 'password').digest('hex');
export const HEX32 = /^[0-9a-f]{32}$/;
export const GSON_DATE = /^[A-Z][a-z]{2} \d{1,2}, \d{4},? \d{1,2}:\d{2}:\d{2} [AP]M$/;

export interface ErrorBody {
  error: { code: string; description?: string; details?: string; cause?: { code: string } };
}
export type Json = Record<string, unknown>;
export type Inventories<T = Json> = { inventories: T[]; total?: number; schema?: Record<string, string> };

let session = '';
/** The session a test logged in with (a test that expires it logs in again). */
export const useSession = (uuid: string) => void (session = uuid);
export const auth = () => ({ Authorization: `OAuth ${session}` });

export async function login(): Promise<ContractResponse<{ inventory: Json }>> {
  return target.request('PUT', `${V1}/accounts/login`, { body: { logInByAccount: { accountName: ACCOUNT, password: PASSWORD_SHA512 } } });
}

export async function query<T = Json>(resource: string, query: Record<string, string | number | boolean | string[]> = {}): Promise<Inventories<T>> {
  const res = await target.request<Inventories<T>>('GET', `${V1}/${resource}`, { query, headers: auth() });
  expect(res.status, res.text).toBe(200);
  return res.json;
}

/** Polls the 202's location (rebuilt from its path) until the job ends. */
export async function finish(accepted: ContractResponse<{ location: string; apiTimeout?: number }>): Promise<ContractResponse<Json & Partial<ErrorBody>>> {
  expect(accepted.status, accepted.text).toBe(202);
  expect(accepted.json.location).toMatch(/\/zstack\/v1\/api-jobs\/[0-9a-f]{32}$/);
  expect(typeof accepted.json.apiTimeout).toBe('number');
  const path = new URL(accepted.json.location).pathname.replace(/^.*(\/zstack\/v1\/api-jobs\/)/, '$1');
  const polls = await target.until(
    () => target.request<Json & Partial<ErrorBody>>('GET', path, { headers: auth() }),
    (poll) => poll.status !== 202,
  );
  return polls.at(-1)!;
}

export const send = (method: string, path: string, body?: unknown, query?: Record<string, string>) => target.request<{ location: string; apiTimeout?: number }>(method, `${V1}${path}`, { body, query, headers: auth() });

export function expectError(res: ContractResponse<unknown>, status: number, code: string) {
  expect(res.status, res.text).toBe(status);
  const body = res.json as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(typeof body.error.description).toBe('string');
  return body.error;
}

/** Every ZStack contract file: the demo data (emulated targets), a session, no faults left behind. */
export function zstackSuite() {
  beforeAll(async () => {
    if (target.emulated) await target.control.reset('demo');
    const res = await login();
    useSession((res.json.inventory as { uuid: string }).uuid);
  });

  afterAll(async () => {
    if (target.emulated) await target.control.clearFaults();
  });
}

export interface Snapshot {
  uuid: string;
  treeUuid: string;
  latest: boolean;
  volumeUuid: string;
}

export const readySnapshotOf = async (vmState: string) =>
  (await query<Snapshot>('volume-snapshots', { q: ['status=Ready', 'state=Enabled', `volume.vmInstance.state=${vmState}`], limit: 1 })).inventories[0];
export const connectedBackupStorage = async () => (await query<{ uuid: string }>('backup-storage', { q: ['status=Connected', 'state=Enabled'], limit: 1 })).inventories[0] as { uuid: string };

export type CreatedSnapshot = Snapshot & { parentUuid?: string; name: string };
export type Leaf = { inventory: { uuid: string }; children: Leaf[] };

export async function createSnapshot(volumeUuid: string, name: string): Promise<CreatedSnapshot> {
  const done = await finish(await send('POST', `/volumes/${volumeUuid}/volume-snapshots`, { params: { name } }));
  expect(done.status, done.text).toBe(200);
  return done.json.inventory as CreatedSnapshot;
}

export const snapshotInventory = async (uuid: string) => (await query<Snapshot>(`volume-snapshots/${uuid}`)).inventories[0] as Snapshot;

/** Every snapshot uuid of a tree as /volume-snapshots/trees nests it (a second root would be missing). */
export async function treeMembers(treeUuid: string): Promise<string[]> {
  const tree = (await query<{ tree?: Leaf }>(`volume-snapshots/trees/${treeUuid}`)).inventories[0]?.tree;
  const walk = (leaf: Leaf): string[] => [leaf.inventory.uuid, ...leaf.children.flatMap(walk)];
  return tree ? walk(tree) : [];
}
