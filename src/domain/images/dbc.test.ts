import type { DbcContext } from '../providers/dbc';
import { createDbcImageCenter } from './dbc';

const ctxOf = (era: 'current' | '2022', servers: string[]) =>
  ({ client: { era, imageServers: vi.fn(() => Promise.resolve({ image_server: servers })) } }) as unknown as DbcContext;

describe('DBC image servers (where an era-C snapshot is uploaded)', () => {
  it('era C lists the client’s servers in its order', async () => {
    const ctx = ctxOf('current', ['ID_1', 'ID_2']);
    await expect(createDbcImageCenter(ctx).servers?.()).resolves.toEqual(['ID_1', 'ID_2']);
  });

  it('era B has no server choice', () => {
    expect(createDbcImageCenter(ctxOf('2022', ['ID_1'])).servers).toBeUndefined();
  });
});
