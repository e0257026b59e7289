import { describe, expect, it } from 'vitest';
import type { DbcContext } from '../../providers/dbc';
import { createDbcImageService } from './dbc';

const AUTH = { session_id: 's', session_id_sign: 'sig' };

/** A DBC context with just the calls the image listing makes; node answers chosen per node id. */
function context(era: '2022' | 'current', nodes: Record<string, unknown>): DbcContext {
  const client = {
    era,
    imageServers: async () => ({ image_server: ['ID_1', 'ID_2'] }),
    listCenterImages: async (server?: string) => (server ? [{ image_name: `${server}.qcow2`, image_size: '1G' }] : ['legacy.qcow2']),
    listNodeImages: async (nodeId: string, auth: unknown) => {
      expect(auth).toEqual(AUTH);
      const answer = nodes[nodeId];
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { connection: { id: 'c1' }, client, readClient: () => client, auth: () => AUTH, nodeIds: () => Object.keys(nodes) } as unknown as DbcContext;
}

describe('DBC image listing', () => {
  it('era C: every server\'s center images and each node\'s files; a node that fails is a partial failure naming it', async () => {
    const refused = new Error('check authority failed');
    const result = await createDbcImageService(context('current', { 'node-a': [{ 'image_name:': 'a.qcow2', image_size: '2G' }], 'node-b': refused })).list();
    expect(result.images.map((i) => i.id)).toEqual(['server:ID_1/ID_1.qcow2', 'server:ID_2/ID_2.qcow2', 'node:node-a/a.qcow2']);
    expect(result.failures).toEqual([{ source: 'node-b', error: refused }]);
  });

  it('era B: one center list without servers', async () => {
    const result = await createDbcImageService(context('2022', {})).list();
    expect(result.images).toEqual([expect.objectContaining({ id: 'center/legacy.qcow2', kind: 'center', location: { kind: 'imageServer', ids: [] } })]);
    expect(result.failures).toEqual([]);
  });
});
