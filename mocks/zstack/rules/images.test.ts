// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allRefsDeleted, expungeRefusal, recoverRefusal } from './images';
import type { ImageRec } from '../state';

// a ← b ← c, a ← d (a branch)

describe('image rules', () => {
  const image = (status: ImageRec['status']) => ({ uuid: 'img', status, backupStorageRefs: [{ status }] }) as ImageRec;
  it('expunges and recovers only Deleted images', () => {
    expect(expungeRefusal(image('Deleted'))).toBeUndefined();
    expect(expungeRefusal(image('Ready'))?.code).toBe('SYS.1006');
    expect(recoverRefusal(image('Deleted'))).toBeUndefined();
    expect(recoverRefusal(image('Ready'))?.code).toBe('SYS.1006');
    expect(allRefsDeleted(image('Deleted'))).toBe(true);
  });
});
