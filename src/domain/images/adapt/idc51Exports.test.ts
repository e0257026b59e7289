import { describe, expect, it } from 'vitest';
import type { Idc51Job, Idc51Snapshot, Idc51Volume } from '@/api/idc51/types';
import { backupExports, backupOrigin, idc51DiskToRecord } from './idc51Exports';

/** Shapes as GET /jobs, /volumes and /volume_snapshots answer them (docs/providers/idc51.md §4-§7). */
const job = (patch: Partial<Idc51Job>): Idc51Job => ({
  job_id: '3b0f6c1e-8d2a-4c5b-9e7f-1a2b3c4d5e6f',
  id_prefix: '',
  action: 'CreateVolumeFromSnapshot',
  request_id: 'req-1',
  status: 'working',
  create_time: '2026-11-29T10:00:00Z',
  begin_time: '2026-11-29T10:00:05Z',
  finished_time: '',
  info: '',
  extra: '',
  zone: 'ac1',
  resource_ids: ['vol-NEWDISK', 'ss-BTZOND4'],
  ...patch,
});

const volume = (patch: Partial<Idc51Volume>): Idc51Volume => ({
  volume_id: 'vol-NEWDISK',
  volume_name: '订单盘恢复 orders-restore',
  description: '',
  size: 100,
  volume_type: 2,
  status: 'pending',
  transition_status: 'creating',
  create_time: '2026-11-29T10:00:00Z',
  status_time: '2026-11-29T10:00:00Z',
  instance: { device: '', instance_id: '', instance_name: '' },
  ...patch,
});

const point = (patch: Partial<Idc51Snapshot>): Idc51Snapshot =>
  ({
    snapshot_id: 'ss-BTZOND4',
    snapshot_name: '每周全量 weekly-full',
    description: null,
    snapshot_type: 1,
    status: 'available',
    transition_status: '',
    create_time: '2026-10-01T00:00:00Z',
    status_time: '2026-10-01T00:10:00Z',
    snapshot_time: '2026-10-01T00:00:00Z',
    is_taken: 1,
    is_head: 0,
    root_id: 'ss-BTZOND4',
    parent_id: 'self',
    size: 2048,
    resource: { resource_id: 'vol-SACNVJNS', resource_name: 'db-data', resource_type: 'volume' },
    ...patch,
  }) as Idc51Snapshot;

describe('51idc exports from backups', () => {
  it('reads what each capture / create-volume job made and from which backup, whatever the order of resource_ids; newest job wins', () => {
    const found = backupExports([
      job({ job_id: 'j-new', resource_ids: ['ss-BTZOND4', 'vol-NEWDISK'] }),
      job({ job_id: 'j-old', resource_ids: ['vol-NEWDISK', 'ss-older'] }),
      job({ job_id: 'j-cap', action: 'CaptureInstanceFromSnapshot', resource_ids: ['img-GOLD', 'ss-qweqwrf'] }),
      job({ job_id: 'j-plain', action: 'CreateVolume', resource_ids: ['vol-PLAIN'] }),
      job({ job_id: 'j-bare', resource_ids: ['vol-NOSOURCE'] }),
    ]);
    expect([...found.keys()]).toEqual(['vol-NEWDISK', 'img-GOLD', 'vol-NOSOURCE']);
    expect(found.get('vol-NEWDISK')).toMatchObject({ job: { job_id: 'j-new' }, backupId: 'ss-BTZOND4' });
    expect(found.get('img-GOLD')?.backupId).toBe('ss-qweqwrf');
    expect(found.get('vol-NOSOURCE')?.backupId).toBeUndefined();
  });

  it('places a disk backup under the instance its disk is attached to, an instance backup under its instance, a detached disk nowhere', () => {
    const host = volume({ volume_id: 'vol-SACNVJNS', instance: { device: '/dev/vdb', instance_id: 'ins-DBMASTR', instance_name: 'db-master' } });
    const volumes = new Map([[host.volume_id, host]]);
    expect(backupOrigin('ss-BTZOND4', point({}), volumes)).toEqual({ kind: 'snapshot', id: 'ss-BTZOND4', name: '每周全量 weekly-full', tree: { vmId: 'ins-DBMASTR', volumeId: 'vol-SACNVJNS' } });
    const instancePoint = point({ snapshot_id: 'ss-qweqwrf', snapshot_name: '', resource: { resource_id: 'ins-JWFQNPY', resource_name: 'web-01', resource_type: 'instance' } });
    expect(backupOrigin('ss-qweqwrf', instancePoint, volumes)).toEqual({ kind: 'snapshot', id: 'ss-qweqwrf', name: undefined, tree: { vmId: 'ins-JWFQNPY' } });
    expect(backupOrigin('ss-BTZOND4', point({}), new Map())).toEqual({ kind: 'snapshot', id: 'ss-BTZOND4', name: '每周全量 weekly-full' });
    expect(backupOrigin('ss-gone', undefined, volumes)).toEqual({ kind: 'snapshot', id: 'ss-gone', name: undefined });
  });

  it('a disk is creating while its job runs, ready once available or in use, failed with the provider error when its job failed', () => {
    const made = (patch: Partial<Idc51Job>) => ({ job: job(patch), madeId: 'vol-NEWDISK', backupId: 'ss-BTZOND4' });
    const creating = idc51DiskToRecord('demo-idc51', 'ac1', made({}), volume({}), undefined);
    expect(creating).toMatchObject({
      key: 'demo-idc51/vol-NEWDISK',
      kind: 'idc51Disk',
      name: '订单盘恢复 orders-restore',
      status: 'creating',
      rawStatus: 'pending (creating)',
      sizeBytes: 100 * 1024 ** 3,
      diskType: 'capacity',
      location: { kind: 'zone', ids: ['ac1'] },
      job: { id: '3b0f6c1e-8d2a-4c5b-9e7f-1a2b3c4d5e6f', status: 'working' },
    });
    expect(idc51DiskToRecord('c', 'ac1', made({ status: 'successful' }), volume({ status: 'available', transition_status: '', volume_type: 0 }), undefined)).toMatchObject({ status: 'ready', rawStatus: 'available', diskType: 'performance' });
    expect(idc51DiskToRecord('c', 'ac1', made({ status: 'successful' }), volume({ status: 'in-use', transition_status: '', volume_type: 3 }), undefined)).toMatchObject({ status: 'ready', diskType: 'ultraPerformance' });
    const info = 'CreateVolumeFromSnapshot failed: backend storage I/O error while copying the volume, insufficient backend resources (5200)';
    expect(idc51DiskToRecord('c', 'ac1', made({ status: 'failed', info }), volume({ status: 'ceased', transition_status: '' }), undefined)).toMatchObject({ status: 'failed', rawStatus: 'ceased', job: { status: 'failed', error: info } });
    // The SDK's error object, when sent, names the code.
    expect(idc51DiskToRecord('c', 'ac1', made({ status: 'done with failure', error: { code: '5200', message: 'insufficient backend resources' } }), undefined, undefined)).toMatchObject({
      name: 'vol-NEWDISK',
      status: 'failed',
      job: { error: 'insufficient backend resources (5200)' },
    });
    // Not listed (yet): the running job says creating; a finished one without its volume is not known.
    expect(idc51DiskToRecord('c', 'ac1', made({ status: 'pending' }), undefined, undefined).status).toBe('creating');
    expect(idc51DiskToRecord('c', 'ac1', made({ status: 'successful' }), undefined, undefined).status).toBe('unknown');
    expect(idc51DiskToRecord('c', 'ac1', made({ status: 'successful' }), volume({ status: 'deleted', transition_status: '' }), undefined).status).toBe('deleted');
  });
});
