import type { ProviderId } from '@/api/provider';
import type { ExportInput, ExportStorage } from '@/domain/snapshots/types';
import type { MessageKey, MessageParams } from '@/i18n';

/** What a snapshot becomes: a VM image, a (data-volume) template, or a disk. */
export type ExportKind = ExportInput['as'];

export interface ExportProblem {
  key: MessageKey;
  params?: MessageParams;
}

export type ExportField = 'name' | 'description' | 'storage';

/** What the form holds; `storage` is a backup storage (templates, images) or primary storage (volumes) id. */
export interface ExportValues {
  name?: string;
  description?: string;
  storage?: string;
}

/** Which fields a provider's export asks for: docs/providers/idc51.md §5 (only a name), docs/providers/zstack.md §7.2 (name, description, storage). */
export interface ExportFields {
  description: boolean;
  /** Backup storage must be chosen (templates); primary storage may be (volumes, default = the snapshot's). */
  storage?: 'backup' | 'primary';
  /** The provider's name limit (ZStack 255); 51idc states none. */
  nameMax?: number;
  descriptionMax?: number;
}

export function exportFieldsOf(provider: ProviderId, kind: ExportKind): ExportFields {
  if (provider === 'zstack') return { description: true, storage: kind === 'volume' ? 'primary' : 'backup', nameMax: 255, descriptionMax: 2048 };
  return { description: false };
}

/** Whether a storage can take `needBytes`: unknown sizes are not held against it (the provider decides). */
export function hasRoom(storage: ExportStorage, needBytes: number | undefined): boolean {
  return needBytes === undefined || storage.availableBytes === undefined || storage.availableBytes >= needBytes;
}

/** The storage to preselect: usable, with room, and the most free space among those; none when none fits. */
export function preselectStorage(storages: readonly ExportStorage[], needBytes: number | undefined): ExportStorage | undefined {
  const fits = storages.filter((s) => s.usable && hasRoom(s, needBytes));
  return [...fits].sort((a, b) => (b.availableBytes ?? 0) - (a.availableBytes ?? 0))[0];
}

/** Why a storage cannot take this snapshot, or undefined when it can. */
export function storageProblem(storage: ExportStorage, needBytes: number | undefined, bytes: (n: number) => string): ExportProblem | undefined {
  if (!storage.usable) return { key: 'snapshotExport.error.storageUnusable', params: { name: storage.name, state: storage.state, status: storage.status } };
  if (!hasRoom(storage, needBytes)) return { key: 'snapshotExport.error.storageFull', params: { name: storage.name, free: bytes(storage.availableBytes ?? 0), need: bytes(needBytes ?? 0) } };
  return undefined;
}

/** Checks the form before anything is sent; each problem belongs under its field. */
export function validateExport(
  values: ExportValues,
  fields: ExportFields,
  context: { storages: readonly ExportStorage[]; needBytes?: number; bytes(n: number): string },
): Partial<Record<ExportField, ExportProblem>> {
  const problems: Partial<Record<ExportField, ExportProblem>> = {};
  const name = values.name?.trim() ?? '';
  if (!name) problems.name = { key: 'snapshotExport.error.nameRequired' };
  else if (fields.nameMax !== undefined && name.length > fields.nameMax) problems.name = { key: 'snapshotExport.error.nameTooLong', params: { max: fields.nameMax, length: name.length } };
  const description = values.description?.trim() ?? '';
  if (fields.description && fields.descriptionMax !== undefined && description.length > fields.descriptionMax) {
    problems.description = { key: 'snapshotExport.error.descriptionTooLong', params: { max: fields.descriptionMax, length: description.length } };
  }
  if (fields.storage) {
    const chosen = values.storage ? context.storages.find((s) => s.id === values.storage) : undefined;
    if (chosen) {
      const problem = storageProblem(chosen, context.needBytes, context.bytes);
      if (problem) problems.storage = problem;
    } else if (fields.storage === 'backup') {
      problems.storage = preselectStorage(context.storages, context.needBytes) || !context.storages.length
        ? { key: 'snapshotExport.error.storageRequired' }
        : { key: 'snapshotExport.error.noRoomAnywhere', params: { need: context.bytes(context.needBytes ?? 0) } };
    }
  }
  return problems;
}

/** What the domain is asked to do, from valid values. */
export function toExportInput(snapshotId: string, kind: ExportKind, values: ExportValues, fields: ExportFields): ExportInput {
  const input: ExportInput = { snapshotId, as: kind, name: (values.name ?? '').trim() };
  const description = values.description?.trim();
  if (fields.description && description) input.description = description;
  if (fields.storage === 'backup' && values.storage) input.backupStorageUuids = [values.storage];
  if (fields.storage === 'primary' && values.storage) input.primaryStorageUuid = values.storage;
  return input;
}
