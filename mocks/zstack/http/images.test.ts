// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DURATION_MS } from '../lib/constants';
import { SEED_IDS } from '../seed';
import type { ZStackState } from '../state';
import { createHarness } from '../testkit';

const path = (uuid: string) => `/zstack/v1/volumes/data/from/data-volume-templates/${uuid}`;

async function setup() {
  const h = createHarness();
  const session = await h.login();
  const state = () => h.emulator.snapshot() as ZStackState;
  const ps = state().primaryStorages[0]!.uuid;
  const refusal = async (uuid: string, params: Record<string, unknown>) => {
    const res = await h.call('POST', path(uuid), { session, body: { params } });
    expect(res.status).toBe(202);
    return (await h.call('GET', h.jobPath(res))).json.error;
  };
  return { ...h, session, state, ps, refusal };
}

describe('CreateDataVolumeFromVolumeTemplate', () => {
  it('makes a data volume Creating → Ready from a data-volume template, the job ending with its inventory', async () => {
    const h = await setup();
    const res = await h.call('POST', path(SEED_IDS.dataTemplateImage), { session: h.session, body: { params: { name: 'mysql-data-2', primaryStorageUuid: h.ps } } });
    expect(res.status).toBe(202);
    const made = h.state().volumes.find((v) => v.name === 'mysql-data-2');
    expect(made).toMatchObject({ status: 'Creating', type: 'Data', primaryStorageUuid: h.ps });
    h.clock.advance(DURATION_MS.createDataVolume - 1);
    expect((await h.call('GET', h.jobPath(res))).status).toBe(202);
    h.clock.advance(1);
    const done = await h.call('GET', h.jobPath(res));
    expect(done.status).toBe(200);
    expect(done.json.inventory).toMatchObject({ uuid: made?.uuid, name: 'mysql-data-2', status: 'Ready', type: 'Data' });
  });

  it('refuses through the poll: a missing name or primary storage, an unknown storage, a root template', async () => {
    const h = await setup();
    expect((await h.refusal(SEED_IDS.dataTemplateImage, { primaryStorageUuid: h.ps }))?.details).toMatch(/field\[name\].*mandatory/);
    expect((await h.refusal(SEED_IDS.dataTemplateImage, { name: 'x' }))?.details).toMatch(/primaryStorageUuid/);
    expect((await h.refusal(SEED_IDS.dataTemplateImage, { name: 'x', primaryStorageUuid: 'f'.repeat(32) }))?.code).toBe('SYS.1003');
    const root = h.state().images.find((i) => i.mediaType === 'RootVolumeTemplate')!;
    expect(await h.refusal(root.uuid, { name: 'x', primaryStorageUuid: h.ps })).toMatchObject({ code: 'SYS.1006' });
    expect((await h.refusal('0'.repeat(32), { name: 'x', primaryStorageUuid: h.ps }))?.code).toBe('SYS.1003');
    expect(h.state().volumes.some((v) => v.name === 'x')).toBe(false);
  });
});
