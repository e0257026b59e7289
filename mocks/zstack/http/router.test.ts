// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SEED_IDS } from '../seed';
import { createHarness } from '../testkit';

describe('ZStack REST layer', () => {
  it('answers unknown paths and wrong methods like RestServer', async () => {
    const h = createHarness();
    const session = await h.login();
    expect(await h.call('GET', '/zstack/v1/no-such-things', { session })).toMatchObject({ status: 404, text: 'no api mapping to /v1/no-such-things' });
    expect((await h.call('POST', '/zstack/v1/volume-snapshots/trees', { session, body: {} })).status).toBe(405);
    expect(await h.call('DELETE', '/zstack/v1/api-jobs/abc')).toMatchObject({ status: 405, text: 'only GET method is allowed for querying job status' });
    expect(await h.call('GET', '/zstack/v1/api-jobs/0123456789abcdef0123456789abcdef')).toMatchObject({ status: 404, text: 'the job has been expired' });
  });

  it('picks the PUT action by body key and refuses a body without one', async () => {
    const h = createHarness();
    const session = await h.login();
    const res = await h.call('PUT', `/zstack/v1/volume-snapshots/${SEED_IDS.readySnapshot}/actions`, { session, body: { revertVolume: {} } });
    expect(res).toMatchObject({ status: 400, text: `the body doesn't contain action mapping to the URL[/v1/volume-snapshots/${SEED_IDS.readySnapshot}/actions]` });
  });

  it('refuses malformed JSON and wrong field types before the 202', async () => {
    const h = createHarness();
    const session = await h.login();
    const path = `/zstack/v1/images/data-volume-templates/from/volume-snapshots/${SEED_IDS.readySnapshot}`;
    const malformed = await h.call('POST', path, { session, raw: '{"params": {"name": ' });
    expect(malformed.status).toBe(500);
    expect(malformed.text).toMatch(/MalformedJsonException/);
    const wrongType = await h.call('POST', path, { session, body: { params: { name: 'x', backupStorageUuids: SEED_IDS.cephBackupStorage } } });
    expect(wrongType.status).toBe(500);
    expect(wrongType.text).toMatch(/Expected BEGIN_ARRAY but was STRING at path \$\.backupStorageUuids/);
    const badBool = await h.call('POST', '/zstack/v1/images/root-volume-templates/from/volume-snapshots/x', { session, body: { params: { name: 'x', backupStorageUuids: [], system: 'yes' } } });
    expect(badBool).toMatchObject({ status: 400, text: 'Invalid value for boolean field [system], [yes] is not a valid boolean string[true, false].' });
  });

  it('honours X-Job-UUID and refuses a bad or reused one', async () => {
    const h = createHarness({ timeScale: 0 });
    const session = await h.login();
    const job = 'abcdefabcdefabcdefabcdefabcdef12';
    const path = `/zstack/v1/vm-instances/${SEED_IDS.stoppedVm}/actions`;
    const res = await h.call('PUT', path, { session, body: { startVmInstance: {} }, headers: { 'X-Job-UUID': job } });
    expect(res.json.location).toBe(`http://emu.test/zstack/zstack/v1/api-jobs/${job}`);
    expect(res.json.apiTimeout).toBe(1_800_000);
    expect((await h.call('PUT', path, { session, body: { stopVmInstance: {} }, headers: { 'X-Job-UUID': job } })).status).toBe(400);
    expect((await h.call('PUT', path, { session, body: { stopVmInstance: {} }, headers: { 'X-Job-UUID': 'short' } })).text).toBe("Invalid header[X-Job-UUID], it must be a UUID with '-' stripped");
  });

  it('queries with q, sort, paging, count, replyWithCount, fields and dotted conditions', async () => {
    const h = createHarness();
    const session = await h.login();
    const list = await h.call('GET', '/zstack/v1/vm-instances?q=state=Running&sort=-createDate&limit=2&start=0&replyWithCount=true', { session });
    expect(list.status).toBe(200);
    const inventories = list.json.inventories as Record<string, unknown>[];
    expect(inventories).toHaveLength(2);
    expect(inventories.every((vm) => vm.state === 'Running')).toBe(true);
    expect(list.json.total).toBeGreaterThan(2);
    expect(list.json.schema).toMatchObject({ 'inventories[0]': 'org.zstack.header.vm.VmInstanceInventory', 'inventories[0].allVolumes[0]': 'org.zstack.header.volume.VolumeInventory' });
    const noTotal = await h.call('GET', '/zstack/v1/vm-instances?limit=1', { session });
    expect(noTotal.json).not.toHaveProperty('total');
    const count = await h.call('GET', `/zstack/v1/volume-snapshots?q=volume.vmInstanceUuid=${SEED_IDS.stoppedVm}&count=true`, { session });
    expect(count.json).toEqual({ total: 11, schema: {} });
    const fields = await h.call('GET', '/zstack/v1/images?q=mediaType=DataVolumeTemplate&fields=uuid,status', { session });
    for (const image of fields.json.inventories as Record<string, unknown>[]) expect(Object.keys(image).sort()).toEqual(['status', 'uuid']);
    expect((await h.call('GET', '/zstack/v1/vm-instances?limit=x', { session })).text).toBe("Invalid query parameter. 'limit' must be an integer");
    const unknown = await h.call('GET', '/zstack/v1/vm-instances?q=colour=red', { session });
    expect(unknown.status).toBe(503);
    expect(unknown.json.error?.code).toBe('SYS.1007');
  });

  it('gets one resource as a one-item inventories list, empty when missing', async () => {
    const h = createHarness();
    const session = await h.login();
    const one = await h.call('GET', `/zstack/v1/backup-storage/${SEED_IDS.cephBackupStorage}`, { session });
    expect((one.json.inventories as unknown[]).length).toBe(1);
    const none = await h.call('GET', '/zstack/v1/images/0123456789abcdef0123456789abcdef', { session });
    expect(none.status).toBe(200);
    expect(none.json.inventories).toEqual([]);
  });

  it('returns the nested snapshot tree with the branch', async () => {
    const h = createHarness();
    const session = await h.login();
    const res = await h.call('GET', `/zstack/v1/volume-snapshots/trees?q=volumeUuid=${SEED_IDS.stoppedVmRootVolume}&q=current=true`, { session });
    const trees = res.json.inventories as { tree: { inventory: { uuid: string }; children: { children: unknown[] }[] } }[];
    expect(trees).toHaveLength(1);
    const root = trees[0]?.tree;
    expect(root?.inventory.uuid).toBe(SEED_IDS.readySnapshot);
    expect(root?.children[0]?.children).toHaveLength(2);
  });

  it('shapes injected faults in the provider envelope', async () => {
    const h = createHarness();
    const json = h.emulator.faultResponse({ code: 'SYS.1001', message: 'timeout' });
    expect(json.status).toBe(503);
    expect(await json.json()).toEqual({ error: { code: 'SYS.1001', description: 'A message or a operation timeout', details: 'timeout' } });
    const text = h.emulator.faultResponse({ status: 500, message: 'boom' });
    expect(await text.text()).toBe('boom');
  });
});
