import { describe, expect, it } from 'vitest';
import type { Connection } from '@/domain/connections/types';
import type { ImageRecord } from '@/domain/images/model';
import { checkImageAction, imageActionsOf, type ImageAction } from './registry';

const connection = { id: 'c', name: 'Conn', provider: 'zstack' } as Connection;
const image = (over: Partial<ImageRecord>): ImageRecord => ({
  key: 'c/i', connectionId: 'c', provider: 'zstack', id: 'i', name: 'img', kind: 'zstackImage', status: 'ready', location: { kind: 'backupStorage', ids: [] }, ...over,
});
const reason = (over: Partial<ImageRecord>, action: ImageAction) => {
  const c = checkImageAction({ connection, image: image(over) }, action);
  return c.allowed ? 'allowed' : c.reason.key;
};

describe('image action checks', () => {
  it('Create VM: bootable kinds when ready; a data-volume template never; not while creating or deleted', () => {
    for (const kind of ['center', 'node', 'zstackImage', 'zstackRootTemplate', 'idc51Captured'] as const) expect(reason({ kind }, 'createVm')).toBe('allowed');
    expect(reason({ kind: 'zstackDataTemplate' }, 'createVm')).toBe('imageActions.reason.dataTemplate');
    expect(reason({ kind: 'idc51Disk', provider: 'idc51' }, 'createVm')).toBe('imagesIdc51.reason.disk');
    expect(reason({ kind: 'idc51Captured', provider: 'idc51', status: 'creating' }, 'createVm')).toBe('imageActions.reason.creating');
    expect(reason({ status: 'deleted' }, 'createVm')).toBe('imageActions.reason.alreadyDeleted');
    expect(checkImageAction({ connection, image: image({ status: 'failed', rawStatus: 'Error' }) }, 'createVm')).toEqual({ allowed: false, reason: { key: 'imageActions.reason.notReady', params: { status: 'Error' } } });
  });

  it('ZStack lifecycle: delete a live image, then recover or expunge it (expunge only after delete)', () => {
    expect(reason({}, 'delete')).toBe('allowed');
    expect(reason({}, 'expunge')).toBe('imageActions.reason.expungeNeedsDelete');
    expect(reason({}, 'recover')).toBe('imageActions.reason.recoverNeedsDelete');
    expect(reason({ status: 'creating' }, 'delete')).toBe('imageActions.reason.creating');
    expect(reason({ status: 'deleted' }, 'delete')).toBe('imageActions.reason.alreadyDeleted');
    expect(reason({ status: 'deleted' }, 'expunge')).toBe('allowed');
    expect(reason({ status: 'deleted' }, 'recover')).toBe('allowed');
  });

  it('a data volume only from a ready data-volume template', () => {
    expect(reason({ kind: 'zstackDataTemplate' }, 'makeVolume')).toBe('allowed');
    expect(reason({ kind: 'zstackDataTemplate', status: 'creating' }, 'makeVolume')).toBe('imageActions.reason.creating');
    expect(reason({ kind: 'zstackRootTemplate' }, 'makeVolume')).toBe('imageActions.reason.notDataTemplate');
  });

  it('51idc has no image lifecycle API: refused with the connection named, and not offered in menus', () => {
    expect(checkImageAction({ connection, image: image({ provider: 'idc51', kind: 'idc51Captured' }) }, 'delete')).toEqual({ allowed: false, reason: { key: 'imageActions.reason.providerCannot', params: { provider: 'Conn' } } });
    expect(imageActionsOf(image({ provider: 'idc51', kind: 'idc51Captured' }), 'row').map((a) => a.name)).toEqual(['details', 'createVm']);
  });

  it('DBC: a center file downloads to a node; a node file uploads or is deleted, not while it is being transferred', () => {
    const dbc = (over: Partial<ImageRecord>, action: ImageAction, transferring = false) => {
      const c = checkImageAction({ connection, image: image({ provider: 'dbc', ...over }), transferring }, action);
      return c.allowed ? 'allowed' : c.reason.key;
    };
    expect(imageActionsOf(image({ provider: 'dbc', kind: 'center' }), 'row').map((a) => a.name)).toEqual(['details', 'createVm', 'download']);
    expect(imageActionsOf(image({ provider: 'dbc', kind: 'node' }), 'detail').map((a) => a.name)).toEqual(['upload', 'delete']);
    expect(dbc({ kind: 'center' }, 'download')).toBe('allowed');
    // Another node may get its copy while one download runs.
    expect(dbc({ kind: 'center' }, 'download', true)).toBe('allowed');
    expect(dbc({ kind: 'node' }, 'download')).toBe('imageDbc.reason.notCenter');
    expect(dbc({ kind: 'center' }, 'upload')).toBe('imageDbc.reason.notNode');
    expect(dbc({ kind: 'node' }, 'upload')).toBe('allowed');
    expect(dbc({ kind: 'node' }, 'delete')).toBe('allowed');
    expect(dbc({ kind: 'node' }, 'upload', true)).toBe('nodeImages.busy');
    expect(dbc({ kind: 'node' }, 'delete', true)).toBe('nodeImages.busy');
    expect(dbc({ kind: 'node', status: 'unknown', rawStatus: 'odd' }, 'upload')).toBe('imageActions.reason.notReady');
    expect(reason({}, 'download')).toBe('imageActions.reason.providerCannot');
  });

  it('lists ZStack actions per kind, and leaves Details and Create VM off the detail page', () => {
    expect(imageActionsOf(image({ kind: 'zstackDataTemplate' }), 'row').map((a) => a.name)).toEqual(['details', 'createVm', 'makeVolume', 'recover', 'delete', 'expunge']);
    expect(imageActionsOf(image({}), 'detail').map((a) => a.name)).toEqual(['recover', 'delete', 'expunge']);
  });
});
