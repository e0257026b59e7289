import { adaptDbcImages } from '../dbc';
import { formatFromFileName, imageKey, type ImageOrigin, type ImageRecord } from '../model';
import { parseDbcSnapshotImageName } from './dbcSnapshotImage';

/** A file an era-C snapshot create uploaded came from that snapshot of that VM (task). */
function snapshotOrigin(fileName: string): ImageOrigin | undefined {
  const parsed = parseDbcSnapshotImageName(fileName);
  return parsed && { kind: 'snapshot', id: parsed.snapshotName, name: parsed.snapshotName, tree: { vmId: parsed.taskId } };
}

/**
 * DBC lists files, nothing more: no status, no date. A listed file is there, so it is `ready`
 * (docs/providers/dbc.md §7); the format is the file's extension; the origin is read from an uploaded
 * snapshot's file name.
 */
function fileToRecord(connectionId: string, raw: unknown, place: { kind: 'imageServer' | 'node'; id?: string }): ImageRecord[] {
  return adaptDbcImages(raw).map((file) => {
    const id = place.id === undefined ? `center/${file.name}` : `${place.kind === 'imageServer' ? 'server' : 'node'}:${place.id}/${file.name}`;
    return {
      key: imageKey(connectionId, id),
      connectionId,
      provider: 'dbc',
      id,
      name: file.name,
      kind: place.kind === 'imageServer' ? 'center' : 'node',
      format: formatFromFileName(file.name),
      sizeBytes: file.sizeBytes,
      status: 'ready',
      location: { kind: place.kind, ids: place.id === undefined ? [] : [place.id] },
      origin: snapshotOrigin(file.name),
    };
  });
}

/** One image server's `/images` answer (era C `{image_name, image_size}`); era B has one center, no server, and filename strings. */
export const dbcCenterImagesToRecords = (connectionId: string, server: string | undefined, raw: unknown): ImageRecord[] =>
  fileToRecord(connectionId, raw, { kind: 'imageServer', id: server });

/** One node's `/images` answer (`{"image_name:", image_size}` with the node's stray colon, or strings). */
export const dbcNodeImagesToRecords = (connectionId: string, nodeId: string, raw: unknown): ImageRecord[] =>
  fileToRecord(connectionId, raw, { kind: 'node', id: nodeId });
