import type { ExportStorage } from '@/domain/snapshots/types';
import { exportFieldsOf, hasRoom, preselectStorage, toExportInput, validateExport } from './exportForm';

const GiB = 1024 ** 3;
const bs = (id: string, availableGiB: number | undefined, usable = true): ExportStorage => ({
  id, name: id, state: 'Enabled', status: usable ? 'Connected' : 'Disconnected', usable, totalBytes: 100 * GiB, availableBytes: availableGiB === undefined ? undefined : availableGiB * GiB,
});
const bytes = (n: number) => `${n / GiB} GiB`;

describe('export form rules', () => {
  it('asks per provider: 51idc a name only; ZStack name, description and a storage', () => {
    expect(exportFieldsOf('idc51', 'image')).toEqual({ description: false });
    expect(exportFieldsOf('zstack', 'template')).toMatchObject({ description: true, storage: 'backup', nameMax: 255 });
    expect(exportFieldsOf('zstack', 'image').storage).toBe('backup');
    expect(exportFieldsOf('zstack', 'volume').storage).toBe('primary');
  });

  it('room: unknown sizes are not held against a storage; preselect = usable with room and the most free', () => {
    expect(hasRoom(bs('a', 1), 2 * GiB)).toBe(false);
    expect(hasRoom(bs('a', undefined), 2 * GiB)).toBe(true);
    expect(hasRoom(bs('a', 1), undefined)).toBe(true);
    expect(preselectStorage([bs('small', 3), bs('off', 900, false), bs('big', 50), bs('full', 1)], 2 * GiB)?.id).toBe('big');
    expect(preselectStorage([bs('full', 1), bs('off', 900, false)], 2 * GiB)).toBeUndefined();
  });

  it('validation: name required and limited, storage unusable / full / missing, each with its message', () => {
    const zstack = exportFieldsOf('zstack', 'template');
    const ctx = { storages: [bs('ok', 50), bs('full', 1), bs('off', 90, false)], needBytes: 2 * GiB, bytes };
    expect(validateExport({ name: '  ' }, zstack, ctx)).toEqual({ name: { key: 'snapshotExport.error.nameRequired' }, storage: { key: 'snapshotExport.error.storageRequired' } });
    expect(validateExport({ name: 'x'.repeat(256), storage: 'ok' }, zstack, ctx).name).toEqual({ key: 'snapshotExport.error.nameTooLong', params: { max: 255, length: 256 } });
    expect(validateExport({ name: 'n', description: 'd'.repeat(2049), storage: 'ok' }, zstack, ctx).description?.key).toBe('snapshotExport.error.descriptionTooLong');
    expect(validateExport({ name: 'n', storage: 'full' }, zstack, ctx).storage).toEqual({ key: 'snapshotExport.error.storageFull', params: { name: 'full', free: '1 GiB', need: '2 GiB' } });
    expect(validateExport({ name: 'n', storage: 'off' }, zstack, ctx).storage).toEqual({ key: 'snapshotExport.error.storageUnusable', params: { name: 'off', state: 'Enabled', status: 'Disconnected' } });
    expect(validateExport({ name: 'n' }, zstack, { ...ctx, storages: [bs('full', 1)] }).storage).toEqual({ key: 'snapshotExport.error.noRoomAnywhere', params: { need: '2 GiB' } });
    expect(validateExport({ name: 'n', storage: 'ok' }, zstack, ctx)).toEqual({});
    // A volume's primary storage may stay the default (the snapshot's).
    expect(validateExport({ name: 'n', storage: '' }, exportFieldsOf('zstack', 'volume'), ctx)).toEqual({});
    expect(validateExport({ name: 'img' }, exportFieldsOf('idc51', 'image'), ctx)).toEqual({});
  });

  it('the input: trimmed name; description and storage only where the provider takes them', () => {
    expect(toExportInput('ss-1', 'image', { name: ' web ', description: 'x', storage: 'bs' }, exportFieldsOf('idc51', 'image'))).toEqual({ snapshotId: 'ss-1', as: 'image', name: 'web' });
    expect(toExportInput('u', 'template', { name: 't', description: ' d ', storage: 'bs' }, exportFieldsOf('zstack', 'template'))).toEqual({ snapshotId: 'u', as: 'template', name: 't', description: 'd', backupStorageUuids: ['bs'] });
    expect(toExportInput('u', 'volume', { name: 'v', description: '', storage: '' }, exportFieldsOf('zstack', 'volume'))).toEqual({ snapshotId: 'u', as: 'volume', name: 'v' });
    expect(toExportInput('u', 'volume', { name: 'v', storage: 'ps' }, exportFieldsOf('zstack', 'volume'))).toMatchObject({ primaryStorageUuid: 'ps' });
  });
});
