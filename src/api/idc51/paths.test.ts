// @vitest-environment node
import axios, { type InternalAxiosRequestConfig } from 'axios';
import { ProviderError } from '../errors';
import { createIdc51Client } from './client';
import { countZoneResources } from './inventory';
import { createIdc51SnapshotClient } from './snapshots';

/** An axios instance that answers every request with an empty job and records the URLs asked for. */
function recording() {
  const urls: string[] = [];
  const http = axios.create({
    baseURL: 'https://idc.example.com',
    adapter: async (config: InternalAxiosRequestConfig) => {
      urls.push(axios.getUri(config));
      return { data: { job_id: 'j-1', status: 'pending', total_count: 0 }, status: 200, statusText: 'OK', headers: {}, config };
    },
  });
  return { http, urls };
}

describe('51idc request paths: zone and job ids are one encoded segment each', () => {
  it('encodes a zone and a job id holding / ? # so they cannot reach another path or add a query', async () => {
    const { http, urls } = recording();
    const client = createIdc51Client(http);
    await client.getJob('ac1/../admin', 'j?x=1#y');
    await client.listInstances('ac1?all=1');
    await client.powerInstances('a/b', 'start', ['i-1']);
    await createIdc51SnapshotClient(http).job('z/1', 'j/2');
    await countZoneResources(http, 'z#1', 'images');
    expect(urls).toEqual([
      'https://idc.example.com/v2/zone/ac1%2F..%2Fadmin/job/j%3Fx%3D1%23y',
      'https://idc.example.com/v2/zone/ac1%3Fall%3D1/instances',
      'https://idc.example.com/v2/zone/a%2Fb/instances/start',
      'https://idc.example.com/v2/zone/z%2F1/job/j%2F2',
      'https://idc.example.com/v2/zone/z%231/images?limit=1',
    ]);
  });

  it.each(['..', '.', ''])('refuses the dot segment %j (URLs resolve it, encoded or not) without sending anything', async (segment) => {
    const { http, urls } = recording();
    await expect(createIdc51Client(http).getJob('ac1', segment)).rejects.toBeInstanceOf(ProviderError);
    await expect(createIdc51Client(http).listImages(segment)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    expect(urls).toEqual([]);
  });
});
