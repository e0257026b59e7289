// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allRefsDeleted, expungeRefusal, recoverRefusal, volumeFromTemplateRefusal } from './images';
import type { ImageRec, PrimaryStorageRec } from '../state';

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

  it('makes a data volume only from a Ready, Enabled data-volume template onto a usable primary storage', () => {
    const template = (over: Partial<ImageRec>) => ({ uuid: 'tpl', mediaType: 'DataVolumeTemplate', state: 'Enabled', status: 'Ready', backupStorageRefs: [], ...over }) as ImageRec;
    const ps = (over: Partial<PrimaryStorageRec> = {}) => ({ uuid: 'ps', state: 'Enabled', status: 'Connected', ...over }) as PrimaryStorageRec;
    expect(volumeFromTemplateRefusal(template({}), ps())).toBeUndefined();
    expect(volumeFromTemplateRefusal(template({ mediaType: 'RootVolumeTemplate' }), ps())?.details).toMatch(/not a DataVolumeTemplate/);
    expect(volumeFromTemplateRefusal(template({ status: 'Deleted' }), ps())?.details).toMatch(/not Ready/);
    expect(volumeFromTemplateRefusal(template({ state: 'Disabled' }), ps())?.code).toBe('SYS.1006');
    expect(volumeFromTemplateRefusal(template({}), ps({ status: 'Disconnected' }))?.code).toBe('SYS.1006');
  });
});
