// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Idc51Image, Idc51Instance, Idc51JobList, Idc51VolumeList } from '../../../src/api/idc51/types';
import { createRig } from '../testkit';

describe('inventories', () => {
  it('lists instances, volumes, images and jobs with total_count', async () => {
    const rig = createRig();
    const instances = await rig.call<{ instances: Idc51Instance[]; total_count: number }>('GET', '/v2/zone/ac1/instances?limit=100');
    expect(new Set(instances.json.instances.map((i) => i.status))).toEqual(new Set(['running', 'stopped', 'pending', 'suspended']));
    const db = instances.json.instances.find((i) => i.instance_id === 'ins-DBMASTR');
    expect(db?.volumes.map((v) => v.volume_id)).toEqual(['vol-SACNVJNS']);
    const volumes = await rig.call<Idc51VolumeList>('GET', '/v2/zone/ac1/volumes?volumes=vol-SACNVJNS');
    expect(volumes.json.volumes[0]).toMatchObject({ status: 'in-use', instance: { instance_id: 'ins-DBMASTR' } });
    expect((await rig.call<Idc51VolumeList>('GET', '/v2/zone/ac1/volumes')).json.total_count).toBe(8);
    expect((await rig.call<Idc51VolumeList>('GET', '/v2/zone/ac1/volumes?limit=3')).json.volumes).toHaveLength(3);
    const images = await rig.call<{ images: Idc51Image[] }>('GET', '/v2/zone/ac1/images?provider=self');
    expect(images.json.images.map((i) => i.image_id)).toContain('img-IDNC88D');
    const failed = await rig.call<Idc51JobList>('GET', '/v2/zone/ac1/jobs?status=failed');
    expect(failed.json.jobs.length).toBeGreaterThanOrEqual(2);
    expect(failed.json.jobs.every((j) => j.info !== '')).toBe(true);
  });
  it('finds the docs example job in ac2 and ignores the zone of the job URL', async () => {
    const rig = createRig();
    const res = await rig.call('GET', '/v2/zone/ac1/job/92961ef1-0760-4ac4-97fd-98c2d0604d8f');
    expect(res.json).toMatchObject({ action: 'RunInstances', status: 'successful', zone: 'ac2' });
  });
});
