/**
 * ZStack Cloud contract: the REST layer, sessions, queries and async job flows as docs/providers/zstack.md and
 * seed 004 describe them. Ids are discovered through queries so the same file can check a real endpoint
 * (ZSTACK_ACCOUNT / ZSTACK_PASSWORD, default admin / password).
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_TIME_SCALE, contractTarget, type ContractResponse } from './harness';

const target = contractTarget('zstack');
const V1 = '/zstack/v1';
const ACCOUNT = process.env.ZSTACK_ACCOUNT ?? 'admin';
const PASSWORD_SHA512 = createHash('sha512').update(process.env.ZSTACK_PASSWORD ?? 'password').digest('hex');
const HEX32 = /^[0-9a-f]{32}$/;
const GSON_DATE = /^[A-Z][a-z]{2} \d{1,2}, \d{4},? \d{1,2}:\d{2}:\d{2} [AP]M$/;

interface ErrorBody {
  error: { code: string; description?: string; details?: string; cause?: { code: string } };
}
type Json = Record<string, unknown>;
type Inventories<T = Json> = { inventories: T[]; total?: number; schema?: Record<string, string> };

let session = '';
const auth = () => ({ Authorization: `OAuth ${session}` });

async function login(): Promise<ContractResponse<{ inventory: Json }>> {
  return target.request('PUT', `${V1}/accounts/login`, { body: { logInByAccount: { accountName: ACCOUNT, password: PASSWORD_SHA512 } } });
}

async function query<T = Json>(resource: string, query: Record<string, string | number | boolean | string[]> = {}): Promise<Inventories<T>> {
  const res = await target.request<Inventories<T>>('GET', `${V1}/${resource}`, { query, headers: auth() });
  expect(res.status, res.text).toBe(200);
  return res.json;
}

/** Polls the 202's location (rebuilt from its path) until the job ends. */
async function finish(accepted: ContractResponse<{ location: string; apiTimeout?: number }>): Promise<ContractResponse<Json & Partial<ErrorBody>>> {
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

const send = (method: string, path: string, body?: unknown, query?: Record<string, string>) => target.request<{ location: string; apiTimeout?: number }>(method, `${V1}${path}`, { body, query, headers: auth() });

function expectError(res: ContractResponse<unknown>, status: number, code: string) {
  expect(res.status, res.text).toBe(status);
  const body = res.json as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(typeof body.error.description).toBe('string');
  return body.error;
}

beforeAll(async () => {
  if (target.emulated) await target.control.reset('demo');
  const res = await login();
  session = (res.json.inventory as { uuid: string }).uuid;
});

afterAll(async () => {
  if (target.emulated) await target.control.clearFaults();
});

describe('ZStack sessions', () => {
  it('logs in with the SHA-512 hex: 200 {inventory: SessionInventory}', async () => {
    const res = await login();
    expect(res.status).toBe(200);
    const inv = res.json.inventory;
    expect(inv.uuid).toMatch(HEX32);
    expect(inv.accountUuid).toMatch(HEX32);
    expect(inv.userUuid).toMatch(HEX32);
    expect(inv.expiredDate).toMatch(GSON_DATE);
    expect(inv.createDate).toMatch(GSON_DATE);
  });

  it('refuses wrong credentials with 503 ID.1000', async () => {
    const res = await target.request('PUT', `${V1}/accounts/login`, { body: { logInByAccount: { accountName: ACCOUNT, password: 'password' } } });
    expectError(res, 503, 'ID.1000');
  });

  it('refuses a missing or non-OAuth Authorization with plain-text 400, an unknown session with 503 ID.1001', async () => {
    const none = await target.request('GET', `${V1}/vm-instances`);
    expect(none.status).toBe(400);
    expect(none.text).toBe("missing header 'Authorization'");
    const basic = await target.request('GET', `${V1}/vm-instances`, { headers: { Authorization: 'Basic YWRtaW46cGFzc3dvcmQ=' } });
    expect(basic.status).toBe(400);
    expect(basic.text).toBe("Authorization type must be 'OAuth'");
    const unknown = await target.request('GET', `${V1}/vm-instances`, { headers: { Authorization: 'OAuth 0123456789abcdef0123456789abcdef' } });
    expectError(unknown, 503, 'ID.1001');
  });

  it('validates a session and logs out (200, empty body)', async () => {
    const other = ((await login()).json.inventory as { uuid: string }).uuid;
    const valid = await target.request<{ validSession: boolean }>('GET', `${V1}/accounts/sessions/${other}/valid`);
    expect(valid.json.validSession).toBe(true);
    const out = await target.request('DELETE', `${V1}/accounts/sessions/${other}`);
    expect(out.status).toBe(200);
    expect(out.text === '' || out.text === '{}').toBe(true);
    const after = await target.request('GET', `${V1}/vm-instances`, { query: { limit: 1 }, headers: { Authorization: `OAuth ${other}` } });
    expectError(after, 503, 'ID.1001');
  });
});

describe('ZStack REST layer', () => {
  it('answers an unknown path with 404 plain text', async () => {
    const res = await target.request('GET', `${V1}/no-such-resources`, { headers: auth() });
    expect(res.status).toBe(404);
    expect(res.text).toBe('no api mapping to /v1/no-such-resources');
  });

  it('answers unknown jobs with 404 and non-GET job queries with 405', async () => {
    const unknown = await target.request('GET', `${V1}/api-jobs/0123456789abcdef0123456789abcdef`, { headers: auth() });
    expect(unknown.status).toBe(404);
    expect(unknown.text).toBe('the job has been expired');
    expect((await target.request('DELETE', `${V1}/api-jobs/0123456789abcdef0123456789abcdef`)).status).toBe(405);
  });

  it('refuses a PUT whose body holds no action of the URL', async () => {
    const vm = (await query('vm-instances', { limit: 1 })).inventories[0] as { uuid: string };
    const res = await target.request('PUT', `${V1}/vm-instances/${vm.uuid}/actions`, { body: { noSuchAction: {} }, headers: auth() });
    expect(res.status).toBe(400);
    expect(res.text).toBe(`the body doesn't contain action mapping to the URL[/v1/vm-instances/${vm.uuid}/actions]`);
  });

  it('refuses a non-integer limit with plain-text 400', async () => {
    const res = await target.request('GET', `${V1}/vm-instances`, { query: { limit: 'ten' }, headers: auth() });
    expect(res.status).toBe(400);
    expect(res.text).toBe("Invalid query parameter. 'limit' must be an integer");
  });
});

describe('ZStack queries', () => {
  it('lists VMs with limit, sort, replyWithCount and the VmInstanceInventory shape', async () => {
    const page = await query<Json>('vm-instances', { limit: 3, start: 0, sort: '-createDate', replyWithCount: true });
    expect(page.inventories.length).toBeLessThanOrEqual(3);
    expect(typeof page.total).toBe('number');
    for (const vm of page.inventories) {
      expect(vm.uuid).toMatch(HEX32);
      expect(typeof vm.name).toBe('string');
      expect(typeof vm.state).toBe('string');
      expect(vm.createDate).toMatch(GSON_DATE);
      expect(Array.isArray(vm.allVolumes)).toBe(true);
      expect(Array.isArray(vm.vmNics)).toBe(true);
    }
    const dates = page.inventories.map((vm) => vm.createDate as string);
    expect(dates.length).toBeGreaterThan(0);
    const noTotal = await query('vm-instances', { limit: 1 });
    expect(noTotal).not.toHaveProperty('total');
  });

  it('counts with count=true ({total}, no inventories)', async () => {
    const res = await target.request<Json>('GET', `${V1}/vm-instances`, { query: { count: true }, headers: auth() });
    expect(typeof res.json.total).toBe('number');
    expect(res.json).not.toHaveProperty('inventories');
  });

  it('filters with repeated q and keeps only `fields`', async () => {
    const res = await query<Json>('vm-instances', { q: ['state=Running', 'name~=%'], fields: 'uuid,state' });
    for (const vm of res.inventories) expect(vm).toEqual({ uuid: expect.stringMatching(HEX32), state: 'Running' });
  });

  it('returns VolumeSnapshotInventory fields with their types', async () => {
    const res = await query<Json>('volume-snapshots', { limit: 20, sort: '-createDate', replyWithCount: true });
    expect(res.inventories.length).toBeGreaterThan(0);
    for (const s of res.inventories) {
      expect(s.uuid).toMatch(HEX32);
      expect(s.treeUuid).toMatch(HEX32);
      expect(typeof s.latest).toBe('boolean');
      expect(['Creating', 'Ready', 'Deleting', 'Deleted']).toContain(s.status);
      expect(['Enabled', 'Disabled']).toContain(s.state);
      expect(typeof s.size).toBe('number');
      expect(Array.isArray(s.backupStorageRefs)).toBe(true);
      expect(s.createDate).toMatch(GSON_DATE);
    }
  });

  it('returns snapshot trees with the nested SnapshotLeafInventory', async () => {
    const res = await query<{ uuid: string; volumeUuid: string; current: boolean; tree: { inventory: Json; children: unknown[] } }>('volume-snapshots/trees', { limit: 5 });
    expect(res.inventories.length).toBeGreaterThan(0);
    for (const tree of res.inventories) {
      expect(typeof tree.current).toBe('boolean');
      expect(tree.tree.inventory.treeUuid).toBe(tree.uuid);
      expect(Array.isArray(tree.tree.children)).toBe(true);
    }
  });

  it('crosses resources with dotted conditions', async () => {
    const vm = (await query<{ uuid: string }>('vm-instances', { q: ['state=Stopped'], limit: 1 })).inventories[0];
    if (!vm) return;
    const snaps = await query<{ volumeUuid: string }>('volume-snapshots', { q: [`volume.vmInstanceUuid=${vm.uuid}`] });
    const volumes = await query<{ uuid: string }>('volumes', { q: [`vmInstanceUuid=${vm.uuid}`] });
    const ids = new Set(volumes.inventories.map((v) => v.uuid));
    for (const s of snaps.inventories) expect(ids.has(s.volumeUuid)).toBe(true);
  });

  it('returns images (with backupStorageRefs) and backup storage', async () => {
    const images = await query<{ mediaType: string; backupStorageRefs: Json[] }>('images', { q: ['mediaType=DataVolumeTemplate'] });
    for (const image of images.inventories) {
      expect(image.mediaType).toBe('DataVolumeTemplate');
      for (const ref of image.backupStorageRefs) expect(ref.backupStorageUuid).toMatch(HEX32);
    }
    const bs = await query<Json>('backup-storage');
    expect(bs.inventories.length).toBeGreaterThan(0);
    for (const b of bs.inventories) {
      expect(typeof b.type).toBe('string');
      expect(['Connecting', 'Connected', 'Disconnected']).toContain(b.status);
      expect(typeof b.availableCapacity).toBe('number');
    }
  });

  it('gets one resource as {inventories:[one]} and a missing one as an empty list', async () => {
    const first = (await query<{ uuid: string }>('backup-storage', { limit: 1 })).inventories[0] as { uuid: string };
    expect((await query(`backup-storage/${first.uuid}`)).inventories).toHaveLength(1);
    expect((await query('images/0123456789abcdef0123456789abcdef')).inventories).toEqual([]);
  });
});

interface Snapshot {
  uuid: string;
  treeUuid: string;
  latest: boolean;
  volumeUuid: string;
}

const readySnapshotOf = async (vmState: string) =>
  (await query<Snapshot>('volume-snapshots', { q: ['status=Ready', 'state=Enabled', `volume.vmInstance.state=${vmState}`], limit: 1 })).inventories[0];
const connectedBackupStorage = async () => (await query<{ uuid: string }>('backup-storage', { q: ['status=Connected', 'state=Enabled'], limit: 1 })).inventories[0] as { uuid: string };

type CreatedSnapshot = Snapshot & { parentUuid?: string; name: string };
type Leaf = { inventory: { uuid: string }; children: Leaf[] };

async function createSnapshot(volumeUuid: string, name: string): Promise<CreatedSnapshot> {
  const done = await finish(await send('POST', `/volumes/${volumeUuid}/volume-snapshots`, { params: { name } }));
  expect(done.status, done.text).toBe(200);
  return done.json.inventory as CreatedSnapshot;
}

const snapshotInventory = async (uuid: string) => (await query<Snapshot>(`volume-snapshots/${uuid}`)).inventories[0] as Snapshot;

/** Every snapshot uuid of a tree as /volume-snapshots/trees nests it (a second root would be missing). */
async function treeMembers(treeUuid: string): Promise<string[]> {
  const tree = (await query<{ tree?: Leaf }>(`volume-snapshots/trees/${treeUuid}`)).inventories[0]?.tree;
  const walk = (leaf: Leaf): string[] => [leaf.inventory.uuid, ...leaf.children.flatMap(walk)];
  return tree ? walk(tree) : [];
}

describe('ZStack seed example: CreateDataVolumeTemplateFromVolumeSnapshot', () => {
  const example = { params: { name: '<name>', description: '<description>', backupStorageUuids: ['<backupStorageUuids>'], resourceUuid: '<resourceUuid>', tagUuids: ['<tagUuids>'] }, systemTags: ['<systemTags>'], userTags: ['<userTags>'] };

  it.runIf(target.allowMutations)('sent verbatim (placeholders), it is accepted then refused through the poll', async () => {
    const res = await target.request<{ location: string; apiTimeout?: number }>('POST', `${V1}/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}`, {
      rawBody: JSON.stringify(example),
      headers: { ...auth(), 'Content-Type': 'application/json;charset=UTF-8' },
    });
    const done = await finish(res);
    expectError(done, 503, 'SYS.1003');
  });

  it.runIf(target.allowMutations)('with a real Ready snapshot but placeholder backup storage, it is refused (SYS.1003)', async () => {
    const snapshot = (await readySnapshotOf('Stopped')) as Snapshot;
    const res = await send('POST', `/images/data-volume-templates/from/volume-snapshots/${snapshot.uuid}`, { ...example, params: { ...example.params, resourceUuid: undefined, tagUuids: undefined }, systemTags: undefined });
    expectError(await finish(res), 503, 'SYS.1003');
  });

  it.runIf(target.allowMutations)('with real ids it creates a DataVolumeTemplate, Creating → Ready, then delete + expunge', async () => {
    const snapshot = (await readySnapshotOf('Stopped')) as Snapshot;
    const bs = await connectedBackupStorage();
    const resourceUuid = randomUUID().replace(/-/g, '');
    const res = await send('POST', `/images/data-volume-templates/from/volume-snapshots/${snapshot.uuid}`, {
      params: { name: 'contract-data-template 合约测试', description: 'created by the contract suite', backupStorageUuids: [bs.uuid], resourceUuid },
      userTags: ['contract'],
    });
    const done = await finish(res);
    expect(done.status, done.text).toBe(200);
    const inventory = done.json.inventory as { uuid: string; mediaType: string; status: string; format: string; backupStorageRefs: { imageUuid: string; backupStorageUuid: string; installPath: string; status: string }[] };
    expect(inventory).toMatchObject({ uuid: resourceUuid, mediaType: 'DataVolumeTemplate', status: 'Ready' });
    expect(inventory.backupStorageRefs[0]).toMatchObject({ imageUuid: resourceUuid, backupStorageUuid: bs.uuid, status: 'Ready' });
    expect(typeof inventory.backupStorageRefs[0]?.installPath).toBe('string');
    expect(Array.isArray(done.json.failures)).toBe(true);
    const deleted = await finish(await send('DELETE', `/images/${resourceUuid}`, undefined, { deleteMode: 'Permissive' }));
    expect(deleted.status).toBe(200);
    expect(((await query<{ status: string }>(`images/${resourceUuid}`)).inventories[0] as { status: string }).status).toBe('Deleted');
    expect((await finish(await send('PUT', `/images/${resourceUuid}/actions`, { expungeImage: {} }))).status).toBe(200);
    expect((await query(`images/${resourceUuid}`)).inventories).toEqual([]);
  });

  it.runIf(target.allowMutations)('reports 202 with an empty body while the template is still being made', async () => {
    const snapshot = (await readySnapshotOf('Stopped')) as Snapshot;
    const bs = await connectedBackupStorage();
    const res = await send('POST', `/images/data-volume-templates/from/volume-snapshots/${snapshot.uuid}`, { params: { name: 'contract-slow', backupStorageUuids: [bs.uuid] } });
    const path = new URL(res.json.location).pathname.replace(/^.*(\/zstack\/v1\/api-jobs\/)/, '$1');
    const running = await target.request('GET', path);
    expect(running.status).toBe(202);
    expect(running.text === '' || running.text === '{}').toBe(true);
    expect((await finish(res)).status).toBe(200);
  });
});

describe('ZStack snapshot flows', () => {
  it.runIf(target.allowMutations)('reverts a volume of a Stopped VM: the snapshot becomes latest, its tree current', async () => {
    const snapshot = (await readySnapshotOf('Stopped')) as Snapshot;
    const done = await finish(await send('PUT', `/volume-snapshots/${snapshot.uuid}/actions`, { revertVolumeFromSnapshot: {} }));
    expect(done.status, done.text).toBe(200);
    expect(done.text === '' || done.text === '{}').toBe(true);
    expect(((await query<Snapshot>(`volume-snapshots/${snapshot.uuid}`)).inventories[0] as Snapshot).latest).toBe(true);
    const tree = (await query<{ current: boolean }>(`volume-snapshots/trees/${snapshot.treeUuid}`)).inventories[0];
    expect(tree?.current).toBe(true);
  });

  it.runIf(target.allowMutations)('refuses a revert while the VM runs (202, then 503 SYS.1006)', async () => {
    const snapshot = await readySnapshotOf('Running');
    if (!snapshot) return;
    const error = expectError(await finish(await send('PUT', `/volume-snapshots/${snapshot.uuid}/actions`, { revertVolumeFromSnapshot: {} })), 503, 'SYS.1006');
    expect(error.details).toMatch(/not in Stopped state/);
  });

  it.runIf(target.allowMutations)('creates, renames, sizes and deletes snapshots; a delete takes the subtree', async () => {
    const vm = (await query<{ rootVolumeUuid: string }>('vm-instances', { q: ['state=Stopped'], limit: 1 })).inventories[0] as { rootVolumeUuid: string };
    const create = async (name: string) => {
      const done = await finish(await send('POST', `/volumes/${vm.rootVolumeUuid}/volume-snapshots`, { params: { name, description: 'contract' } }));
      expect(done.status, done.text).toBe(200);
      return done.json.inventory as Snapshot & { parentUuid?: string; name: string };
    };
    const parent = await create('contract-parent');
    const child = await create('contract-child 子快照');
    expect(child.parentUuid).toBe(parent.uuid);
    expect(child.latest).toBe(true);
    const renamed = await finish(await send('PUT', `/volume-snapshots/${child.uuid}/actions`, { updateVolumeSnapshot: { name: 'contract-renamed' } }));
    expect((renamed.json.inventory as { name: string }).name).toBe('contract-renamed');
    const size = await finish(await send('PUT', `/volume-snapshots/${child.uuid}/actions`, { getVolumeSnapshotSize: {} }));
    expect(typeof size.json.size).toBe('number');
    const deleted = await finish(await send('DELETE', `/volume-snapshots/${parent.uuid}`, undefined, { deleteMode: 'Enforcing' }));
    expect(deleted.status, deleted.text).toBe(200);
    expect((await query(`volume-snapshots/${parent.uuid}`)).inventories).toEqual([]);
    expect((await query(`volume-snapshots/${child.uuid}`)).inventories).toEqual([]);
  });

  it.runIf(target.allowMutations)('a delete rooted above `latest` hands latest to the subtree root\'s parent (also batch); the next snapshot stays in the tree', async () => {
    const vm = (await query<{ rootVolumeUuid: string }>('vm-instances', { q: ['state=Stopped'], limit: 1 })).inventories[0] as { rootVolumeUuid: string };
    const a = await createSnapshot(vm.rootVolumeUuid, 'contract-keep');
    const b = await createSnapshot(vm.rootVolumeUuid, 'contract-above-latest');
    await createSnapshot(vm.rootVolumeUuid, 'contract-latest');
    expect((await finish(await send('DELETE', `/volume-snapshots/${b.uuid}`, undefined, { deleteMode: 'Enforcing' }))).status).toBe(200);
    expect((await snapshotInventory(a.uuid)).latest).toBe(true);
    const d = await createSnapshot(vm.rootVolumeUuid, 'contract-after-delete');
    expect([d.parentUuid, d.treeUuid]).toEqual([a.uuid, a.treeUuid]);
    expect(await treeMembers(a.treeUuid)).toContain(d.uuid);

    await createSnapshot(vm.rootVolumeUuid, 'contract-batch-latest');
    const batch = await finish(await send('PUT', '/volume-snapshots/batch-delete', { batchDeleteVolumeSnapshot: { uuids: [d.uuid] } }));
    expect(batch.status, batch.text).toBe(200);
    expect((await snapshotInventory(a.uuid)).latest).toBe(true);
    const f = await createSnapshot(vm.rootVolumeUuid, 'contract-after-batch');
    expect(f.parentUuid).toBe(a.uuid);
    expect(await treeMembers(a.treeUuid)).toContain(f.uuid);
  });

  it.runIf(target.allowMutations)('deleting a whole tree removes it; the next snapshot starts a new current tree', async () => {
    const source = (await readySnapshotOf('Stopped')) as Snapshot;
    const volume = await finish(await send('POST', `/volumes/data/from/volume-snapshots/${source.uuid}`, { params: { name: 'contract-tree-volume' } }));
    const volumeUuid = (volume.json.inventory as { uuid: string }).uuid;
    const root = await createSnapshot(volumeUuid, 'contract-tree-root');
    await createSnapshot(volumeUuid, 'contract-tree-leaf');
    expect((await finish(await send('DELETE', `/volume-snapshots/${root.uuid}`, undefined, { deleteMode: 'Enforcing' }))).status).toBe(200);
    expect((await query('volume-snapshots/trees', { q: [`volumeUuid=${volumeUuid}`] })).inventories).toEqual([]);
    const fresh = await createSnapshot(volumeUuid, 'contract-tree-fresh');
    expect(fresh.parentUuid).toBeUndefined();
    expect(fresh.treeUuid).not.toBe(root.treeUuid);
    const trees = (await query<{ uuid: string; current: boolean }>('volume-snapshots/trees', { q: [`volumeUuid=${volumeUuid}`] })).inventories;
    expect(trees.map((t) => [t.uuid, t.current])).toEqual([[fresh.treeUuid, true]]);
    expect(await treeMembers(fresh.treeUuid)).toEqual([fresh.uuid]);
  });

  it.runIf(target.allowMutations)('a Permissive delete is refused while a data volume is being made from the snapshot (SYS.1004 ← SYS.1006); once it is done the delete goes through', async () => {
    const source = (await readySnapshotOf('Stopped')) as Snapshot;
    const volume = await finish(await send('POST', `/volumes/data/from/volume-snapshots/${source.uuid}`, { params: { name: 'contract-busy-volume' } }));
    const volumeUuid = (volume.json.inventory as { uuid: string }).uuid;
    const snapshot = await createSnapshot(volumeUuid, 'contract-busy-source');
    // Emulated: slow the 3-minute copy down enough that the delete surely arrives while it runs.
    if (target.emulated) await target.control.setTimeScale(0.005);
    try {
      const copy = await send('POST', `/volumes/data/from/volume-snapshots/${snapshot.uuid}`, { params: { name: 'contract-busy-copy' } });
      const refused = expectError(await finish(await send('DELETE', `/volume-snapshots/${snapshot.uuid}`, undefined, { deleteMode: 'Permissive' })), 503, 'SYS.1004');
      expect(refused.cause?.code).toBe('SYS.1006');
      expect(await snapshotInventory(snapshot.uuid)).toMatchObject({ uuid: snapshot.uuid, status: 'Ready' });
      expect((await finish(copy)).status).toBe(200);
    } finally {
      if (target.emulated) await target.control.setTimeScale(CONTRACT_TIME_SCALE);
    }
    expect((await finish(await send('DELETE', `/volume-snapshots/${snapshot.uuid}`, undefined, { deleteMode: 'Permissive' }))).status).toBe(200);
    expect((await query(`volume-snapshots/${snapshot.uuid}`)).inventories).toEqual([]);
  });

  /** Every snapshot of the volume sits in the nested tree of its tree (a second root would be missing). */
  async function expectAllNested(volumeUuid: string) {
    const listed = (await query<Snapshot & { name: string }>('volume-snapshots', { q: [`volumeUuid=${volumeUuid}`] })).inventories;
    for (const s of listed) expect(await treeMembers(s.treeUuid), s.name).toContain(s.uuid);
  }

  /** Two creates on one volume sent back to back (the second while the first is still Creating). */
  async function twoCreates(volumeUuid: string, names: [string, string]): Promise<[ContractResponse<Json & Partial<ErrorBody>>, CreatedSnapshot]> {
    // Emulated: slow the 15-second create down enough that the second surely arrives while the first runs.
    if (target.emulated) await target.control.setTimeScale(0.01);
    try {
      const first = await send('POST', `/volumes/${volumeUuid}/volume-snapshots`, { params: { name: names[0] } });
      const second = await send('POST', `/volumes/${volumeUuid}/volume-snapshots`, { params: { name: names[1] } });
      const firstDone = await finish(first);
      await expectAllNested(volumeUuid);
      const secondDone = await finish(second);
      expect(secondDone.status, secondDone.text).toBe(200);
      return [firstDone, secondDone.json.inventory as CreatedSnapshot];
    } finally {
      if (target.emulated) await target.control.setTimeScale(CONTRACT_TIME_SCALE);
    }
  }

  it.runIf(target.allowMutations)('two creates on a volume without snapshots: the second chains under the first (one root, both in the nested tree)', async () => {
    const source = (await readySnapshotOf('Stopped')) as Snapshot;
    const volume = await finish(await send('POST', `/volumes/data/from/volume-snapshots/${source.uuid}`, { params: { name: 'contract-queue-volume' } }));
    const volumeUuid = (volume.json.inventory as { uuid: string }).uuid;
    const [firstDone, second] = await twoCreates(volumeUuid, ['contract-queue-first', 'contract-queue-second']);
    expect(firstDone.status, firstDone.text).toBe(200);
    const first = firstDone.json.inventory as CreatedSnapshot;
    expect(first.parentUuid).toBeUndefined();
    expect([second.parentUuid, second.treeUuid, second.latest]).toEqual([first.uuid, first.treeUuid, true]);
    expect((await snapshotInventory(first.uuid)).latest).toBe(false);
    expect(await treeMembers(first.treeUuid)).toEqual([first.uuid, second.uuid]);
    await expectAllNested(volumeUuid);
  });

  it.runIf(target.allowMutations)('two creates on a chain: the second chains under the first new snapshot, not beside it', async () => {
    const vm = (await query<{ rootVolumeUuid: string }>('vm-instances', { q: ['state=Stopped'], limit: 1 })).inventories[0] as { rootVolumeUuid: string };
    const previous = await createSnapshot(vm.rootVolumeUuid, 'contract-queue-base');
    const [firstDone, second] = await twoCreates(vm.rootVolumeUuid, ['contract-queue-a', 'contract-queue-b']);
    const first = firstDone.json.inventory as CreatedSnapshot;
    expect(first.parentUuid).toBe(previous.uuid);
    expect([second.parentUuid, second.treeUuid, second.latest]).toEqual([first.uuid, previous.treeUuid, true]);
    await expectAllNested(vm.rootVolumeUuid);
  });

  it.runIf(target.emulated)('a first create failing halfway leaves the queued second chained under the previous latest', async () => {
    const vm = (await query<{ rootVolumeUuid: string }>('vm-instances', { q: ['state=Stopped'], limit: 1 })).inventories[0] as { rootVolumeUuid: string };
    const previous = await createSnapshot(vm.rootVolumeUuid, 'contract-queue-before-failure');
    await target.control.setFlags({ jobFailsHalfway: true });
    try {
      const [firstDone, second] = await twoCreates(vm.rootVolumeUuid, ['contract-queue-fails', 'contract-queue-survives']);
      expect(expectError(firstDone, 503, 'SYS.1006').cause?.code).toBe('SYS.1001');
      expect([second.parentUuid, second.treeUuid, second.latest]).toEqual([previous.uuid, previous.treeUuid, true]);
      expect((await query('volume-snapshots', { q: ['name=contract-queue-fails'] })).inventories).toEqual([]);
      await expectAllNested(vm.rootVolumeUuid);
    } finally {
      await target.control.clearFaults();
    }
  });

  it.runIf(target.allowMutations)('creates a root-volume template and a data volume from a snapshot', async () => {
    const snapshot = (await readySnapshotOf('Stopped')) as Snapshot;
    const bs = await connectedBackupStorage();
    const tpl = await finish(await send('POST', `/images/root-volume-templates/from/volume-snapshots/${snapshot.uuid}`, { params: { name: 'contract-root-tpl', backupStorageUuids: [bs.uuid], platform: 'Linux', system: false } }));
    expect(tpl.json.inventory).toMatchObject({ mediaType: 'RootVolumeTemplate', status: 'Ready' });
    const volume = await finish(await send('POST', `/volumes/data/from/volume-snapshots/${snapshot.uuid}`, { params: { name: 'contract-data-volume' } }));
    expect(volume.json.inventory).toMatchObject({ type: 'Data', status: 'Ready' });
  });
});

describe('ZStack VM actions', () => {
  it.runIf(target.allowMutations)('starts a Stopped VM and stops it again (cold)', async () => {
    const vm = (await query<{ uuid: string }>('vm-instances', { q: ['state=Stopped'], limit: 1 })).inventories[0] as { uuid: string };
    const started = await finish(await send('PUT', `/vm-instances/${vm.uuid}/actions`, { startVmInstance: {} }));
    expect(started.json.inventory).toMatchObject({ uuid: vm.uuid, state: 'Running' });
    const stopped = await finish(await send('PUT', `/vm-instances/${vm.uuid}/actions`, { stopVmInstance: { type: 'cold' } }));
    expect(stopped.json.inventory).toMatchObject({ uuid: vm.uuid, state: 'Stopped' });
  });

  it.runIf(target.allowMutations)('refuses to reboot a Stopped VM (SYS.1006 caused by VM.1010)', async () => {
    const vm = (await query<{ uuid: string }>('vm-instances', { q: ['state=Stopped'], limit: 1 })).inventories[0] as { uuid: string };
    const error = expectError(await finish(await send('PUT', `/vm-instances/${vm.uuid}/actions`, { rebootVmInstance: {} })), 503, 'SYS.1006');
    expect(error.cause?.code).toBe('VM.1010');
  });
});

describe('ZStack emulator controls', () => {
  it.runIf(target.emulated)('jobFailsHalfway makes the next long job fail with a wrapped cause', async () => {
    await target.control.setFlags({ jobFailsHalfway: true });
    const snapshot = (await readySnapshotOf('Stopped')) as Snapshot;
    const error = expectError(await finish(await send('PUT', `/volume-snapshots/${snapshot.uuid}/actions`, { revertVolumeFromSnapshot: {} })), 503, 'SYS.1006');
    expect(error.cause?.code).toBeDefined();
    await target.control.clearFaults();
  });

  it.runIf(target.emulated)('sessionExpired expires the current session (ID.1001); a new login works', async () => {
    await target.control.setFlags({ sessionExpired: true });
    expectError(await target.request('GET', `${V1}/vm-instances`, { headers: auth() }), 503, 'ID.1001');
    const res = await login();
    session = (res.json.inventory as { uuid: string }).uuid;
    expect((await target.request('GET', `${V1}/vm-instances`, { query: { limit: 1 }, headers: auth() })).status).toBe(200);
    await target.control.clearFaults();
  });

  it.runIf(target.emulated)('injected faults come back in the ZStack error envelope', async () => {
    await target.control.addFault({ route: '/zstack/v1/images', error: { code: 'SYS.1001', message: 'injected timeout' }, times: 1 });
    const error = expectError(await target.request('GET', `${V1}/images`, { headers: auth() }), 503, 'SYS.1001');
    expect(error.details).toBe('injected timeout');
    await target.control.clearFaults();
  });
});
