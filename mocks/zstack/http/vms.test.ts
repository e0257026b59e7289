// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DURATION_MS } from '../lib/constants';
import { SEED_IDS } from '../seed';
import type { ZStackState } from '../state';
import { createHarness } from '../testkit';

async function setup() {
  const h = createHarness();
  const session = await h.login();
  const state = () => h.emulator.snapshot() as ZStackState;
  const rootTemplate = () => state().images.find((i) => i.mediaType === 'RootVolumeTemplate' && i.status === 'Ready')?.uuid as string;
  const create = (params: Record<string, unknown>) => h.call('POST', '/zstack/v1/vm-instances', { session, body: { params } });
  return { ...h, session, state, rootTemplate, create };
}

describe('instance offerings and L3 networks', () => {
  it('are queryable like every other resource', async () => {
    const h = await setup();
    const offerings = await h.call('GET', '/zstack/v1/instance-offerings?q=state=Enabled', { session: h.session });
    expect(offerings.status).toBe(200);
    expect((offerings.json.inventories as { uuid: string; cpuNum: number }[]).map((o) => o.uuid)).toEqual([SEED_IDS.standardOffering, SEED_IDS.largeOffering]);
    const networks = await h.call('GET', '/zstack/v1/l3-networks', { session: h.session });
    const l3 = networks.json.inventories as Record<string, unknown>[];
    expect(l3.map((n) => n.uuid)).toEqual([SEED_IDS.businessL3, SEED_IDS.managementL3]);
    expect(l3[0]).not.toHaveProperty('ipPrefix');
  });
});

describe('CreateVmInstance', () => {
  it('answers 202, shows the VM Starting at once and Running when the job ends, with the job result inventory', async () => {
    const h = await setup();
    const image = h.rootTemplate();
    const res = await h.create({ name: 'web-new', instanceOfferingUuid: SEED_IDS.largeOffering, imageUuid: image, l3NetworkUuids: [SEED_IDS.businessL3], description: 'from a template' });
    expect(res.status).toBe(202);
    const vm = h.state().vms.find((v) => v.name === 'web-new');
    expect(vm).toMatchObject({ state: 'Starting', imageUuid: image, cpuNum: 8, defaultL3NetworkUuid: SEED_IDS.businessL3, description: 'from a template' });
    expect(vm?.vmNics[0]?.ip).toMatch(/^10\.0\.1\.\d+$/);
    h.clock.advance(DURATION_MS.createVm - 1);
    expect((await h.call('GET', h.jobPath(res))).status).toBe(202);
    h.clock.advance(1);
    const done = await h.call('GET', h.jobPath(res));
    expect(done.status).toBe(200);
    expect(done.json.inventory).toMatchObject({ name: 'web-new', state: 'Running', imageUuid: image });
    expect(h.state().volumes.find((v) => v.uuid === vm?.rootVolumeUuid)?.status).toBe('Ready');
  });

  it('refuses through the poll with SYS.1007 for a missing name and a data volume template, creating nothing', async () => {
    const h = await setup();
    const before = h.state().vms.length;
    const noName = await h.create({ instanceOfferingUuid: SEED_IDS.standardOffering, imageUuid: h.rootTemplate(), l3NetworkUuids: [SEED_IDS.businessL3] });
    expect(noName.status).toBe(202);
    const poll = await h.call('GET', h.jobPath(noName));
    expect(poll.status).toBe(503);
    expect(poll.json.error).toMatchObject({ code: 'SYS.1007' });
    expect(poll.json.error?.details).toContain('field[name]');
    const dataTemplate = await h.create({ name: 'x', instanceOfferingUuid: SEED_IDS.standardOffering, imageUuid: SEED_IDS.dataTemplateImage, l3NetworkUuids: [SEED_IDS.businessL3] });
    expect((await h.call('GET', h.jobPath(dataTemplate))).json.error?.details).toContain('only RootVolumeTemplate and ISO');
    expect(h.state().vms.length).toBe(before);
  });

  it('refuses a Disabled offering (SYS.1006) and an unknown network (SYS.1003)', async () => {
    const h = await setup();
    const disabled = await h.create({ name: 'x', instanceOfferingUuid: SEED_IDS.disabledOffering, imageUuid: h.rootTemplate(), l3NetworkUuids: [SEED_IDS.businessL3] });
    expect((await h.call('GET', h.jobPath(disabled))).json.error?.code).toBe('SYS.1006');
    const unknown = await h.create({ name: 'x', instanceOfferingUuid: SEED_IDS.standardOffering, imageUuid: h.rootTemplate(), l3NetworkUuids: ['0123456789abcdef0123456789abcdef'] });
    expect((await h.call('GET', h.jobPath(unknown))).json.error?.code).toBe('SYS.1003');
  });

  it('removes the half-made VM when the job fails halfway', async () => {
    const h = await setup();
    h.faults.setFlags('zstack', { jobFailsHalfway: true });
    const res = await h.create({ name: 'doomed', instanceOfferingUuid: SEED_IDS.standardOffering, imageUuid: h.rootTemplate(), l3NetworkUuids: [SEED_IDS.businessL3] });
    expect(h.state().vms.some((v) => v.name === 'doomed')).toBe(true);
    h.clock.advance(DURATION_MS.createVm / 2);
    expect((await h.call('GET', h.jobPath(res))).status).toBe(503);
    expect(h.state().vms.some((v) => v.name === 'doomed')).toBe(false);
  });
});
