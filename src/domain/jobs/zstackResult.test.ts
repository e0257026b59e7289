import { describe, expect, it } from 'vitest';
import { zstackJobResult } from './zstack';

describe('zstackJobResult', () => {
  it('keeps the made resource’s uuid and name from the inventory (a data volume from a template)', () => {
    expect(zstackJobResult({ inventory: { uuid: 'a'.repeat(32), name: 'data-1', size: 5 } })).toEqual({ inventoryUuid: 'a'.repeat(32), inventoryName: 'data-1' });
  });
  it('keeps top-level values and ignores an empty body', () => {
    expect(zstackJobResult({ size: 1, actualSize: 2 })).toEqual({ size: 1, actualSize: 2 });
    expect(zstackJobResult(null)).toBeUndefined();
    expect(zstackJobResult({})).toBeUndefined();
  });
});
