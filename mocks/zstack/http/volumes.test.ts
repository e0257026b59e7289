// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DURATION_MS } from '../lib/constants';
import { SEED_IDS } from '../seed';
import type { ZStackState } from '../state';
import { createHarness, type Called } from '../testkit';

/** A Ready data volume made from the seeded data-volume template, attached to nothing. */
async function setup() {
  const h = createHarness();
  const session = await h.login();
  const state = () => h.emulator.snapshot() as ZStackState;
  const ps = state().primaryStorages[0]!.uuid;
  const made = await h.call('POST', `/zstack/v1/volumes/data/from/data-volume-templates/${SEED_IDS.dataTemplateImage}`, { session, body: { params: { name: 'data-new', primaryStorageUuid: ps } } });
  h.clock.advance(DURATION_MS.createDataVolume);
  const volumeUuid = ((await h.call('GET', h.jobPath(made))).json.inventory as { uuid: string }).uuid;
  const attach = (vmUuid: string, volume = volumeUuid) => h.call('POST', `/zstack/v1/volumes/${volume}/vm-instances/${vmUuid}`, { session, body: {} });
  const poll = (res: Called) => h.call('GET', h.jobPath(res));
  const volume = () => state().volumes.find((v) => v.uuid === volumeUuid);
  const vmNamed = (prefix: string) => state().vms.find((v) => v.name.startsWith(prefix))!;
  return { ...h, session, state, volumeUuid, attach, poll, volume, vmNamed };
}

describe('AttachDataVolumeToVm', () => {
  it('answers 202 and attaches the volume when the job ends: the VM lists it, the volume names the VM and its template', async () => {
    const h = await setup();
    expect(h.volume()).toMatchObject({ status: 'Ready', rootImageUuid: SEED_IDS.dataTemplateImage });
    const res = await h.attach(SEED_IDS.stoppedVm);
    expect(res.status).toBe(202);
    expect(h.volume()?.vmInstanceUuid).toBeUndefined();
    h.clock.advance(DURATION_MS.attachVolume);
    const done = await h.poll(res);
    expect(done.status).toBe(200);
    expect(done.json.inventory).toMatchObject({ uuid: h.volumeUuid, vmInstanceUuid: SEED_IDS.stoppedVm, type: 'Data', deviceId: 2 });
    const vm = await h.call('GET', `/zstack/v1/vm-instances/${SEED_IDS.stoppedVm}`, { session: h.session });
    const volumes = (vm.json.inventories as { allVolumes: { uuid: string; rootImageUuid?: string }[] }[])[0]!.allVolumes;
    expect(volumes.find((v) => v.uuid === h.volumeUuid)).toMatchObject({ rootImageUuid: SEED_IDS.dataTemplateImage });
  });

  it('refuses a second attach of an attached volume (SYS.1006) and a VM in a state other than Running or Stopped (SYS.1006 ← VM.1010)', async () => {
    const h = await setup();
    const paused = await h.poll(await h.attach(h.vmNamed('redis-cache-02').uuid));
    expect(paused.status).toBe(503);
    expect(paused.json.error).toMatchObject({ code: 'SYS.1006', cause: { code: 'VM.1010' } });
    expect(h.volume()?.vmInstanceUuid).toBeUndefined();
    await h.attach(SEED_IDS.runningVm);
    h.clock.advance(DURATION_MS.attachVolume);
    const again = await h.poll(await h.attach(SEED_IDS.stoppedVm));
    expect(again.json.error).toMatchObject({ code: 'SYS.1006' });
    expect(again.json.error?.details).toContain("has been attached to some vm, can't attach again");
    expect(h.volume()?.vmInstanceUuid).toBe(SEED_IDS.runningVm);
  });

  it('refuses unknown uuids (SYS.1003), a root volume, and a volume still Creating', async () => {
    const h = await setup();
    const unknownVm = await h.poll(await h.attach('0123456789abcdef0123456789abcdef'));
    expect(unknownVm.json.error).toMatchObject({ code: 'SYS.1003' });
    expect(unknownVm.json.error?.details).toContain('VmInstanceVO');
    const unknownVolume = await h.poll(await h.attach(SEED_IDS.stoppedVm, '0123456789abcdef0123456789abcdef'));
    expect(unknownVolume.json.error?.details).toContain('VolumeVO');
    const root = await h.poll(await h.attach(SEED_IDS.stoppedVm, SEED_IDS.stoppedVmRootVolume));
    expect(root.json.error?.details).toContain('is Root Volume');
    const ps = h.state().primaryStorages[0]!.uuid;
    const creating = await h.call('POST', `/zstack/v1/volumes/data/from/data-volume-templates/${SEED_IDS.dataTemplateImage}`, { session: h.session, body: { params: { name: 'later', primaryStorageUuid: ps } } });
    const creatingUuid = h.state().volumes.find((v) => v.name === 'later')!.uuid;
    const early = await h.poll(await h.attach(SEED_IDS.stoppedVm, creatingUuid));
    expect(early.json.error?.details).toContain('current is Creating');
    expect(creating.status).toBe(202);
  });

  it('reports an injected halfway failure through the poll and leaves the volume unattached', async () => {
    const h = await setup();
    h.faults.setFlags('zstack', { jobFailsHalfway: true });
    const res = await h.attach(SEED_IDS.stoppedVm);
    h.clock.advance(DURATION_MS.attachVolume);
    const failed = await h.poll(res);
    expect(failed.status).toBe(503);
    expect(failed.json.error).toMatchObject({ code: 'SYS.1006', cause: { code: 'SYS.1001' } });
    expect(h.volume()?.vmInstanceUuid).toBeUndefined();
  });
});

describe('DetachDataVolumeFromVm', () => {
  it('detaches an attached data volume and refuses one attached to nothing', async () => {
    const h = await setup();
    const notAttached = await h.poll(await h.call('DELETE', `/zstack/v1/volumes/${h.volumeUuid}/vm-instances`, { session: h.session }));
    expect(notAttached.json.error?.details).toContain('is not attached to any vm');
    await h.attach(SEED_IDS.stoppedVm);
    h.clock.advance(DURATION_MS.attachVolume);
    const res = await h.call('DELETE', `/zstack/v1/volumes/${h.volumeUuid}/vm-instances?vmUuid=${SEED_IDS.stoppedVm}`, { session: h.session });
    expect(res.status).toBe(202);
    h.clock.advance(DURATION_MS.detachVolume);
    const done = await h.poll(res);
    expect(done.status).toBe(200);
    expect(done.json.inventory).not.toHaveProperty('vmInstanceUuid');
    expect(h.volume()?.vmInstanceUuid).toBeUndefined();
  });
});
