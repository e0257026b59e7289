import { describe, expect, it } from 'vitest';
import type { Idc51Job } from '@/api/idc51/types';
import type { ImageRecord } from '../model';
import { withCaptureJobs } from './idc51';

const image = (id: string, status: ImageRecord['status']): ImageRecord => ({ key: `c/${id}`, connectionId: 'c', provider: 'idc51', id, name: id, kind: 'idc51Captured', status, location: { kind: 'zone', ids: ['ac1'] } });
const job = (id: string, action: string, resources: string[]): Idc51Job => ({ job_id: id, action, status: 'working', create_time: '', begin_time: '', finished_time: '', info: '', resource_ids: resources });

describe('withCaptureJobs', () => {
  it('gives an image being made the capture job that names it; ready images and other jobs are left alone', () => {
    const images = withCaptureJobs([image('img-A', 'creating'), image('img-B', 'ready'), image('img-C', 'creating')], [
      job('j-vol', 'CreateVolumeFromSnapshot', ['img-C']),
      job('j-1', 'CaptureInstanceFromSnapshot', ['img-A']),
      job('j-2', 'CaptureInstanceFromSnapshot', ['img-B']),
    ]);
    expect(images.map((i) => i.job)).toEqual([{ id: 'j-1', status: 'working' }, undefined, undefined]);
  });
});
