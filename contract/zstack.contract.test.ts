/**
 * ZStack Cloud contract: sessions, the REST layer, queries, VM actions and the emulator's controls, as
 * docs/providers/zstack.md and seed 004 describe them (snapshot flows: zstack-snapshots.contract.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { ACCOUNT, GSON_DATE, HEX32, V1, auth, expectError, finish, login, query, readySnapshotOf, send, target, useSession, type Json, type Snapshot, zstackSuite } from './zstack-kit';

zstackSuite();

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
    useSession((res.json.inventory as { uuid: string }).uuid);
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
