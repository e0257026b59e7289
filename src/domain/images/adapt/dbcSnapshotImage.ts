/**
 * An era-C snapshot create uploads the snapshot to the chosen image server as `<task_id>_<snapshot_name>.qcow2`
 * (docs/providers/dbc.md §6; the naming is ASSUMED from the emulator and the client's `snapshot_file`, the real
 * server was never observed). DBC task ids are 20–22 letters and digits, so they hold no `_`: the first `_`
 * splits the name without doubt, and the snapshot name may hold more of them. Snapshot names never hold `/` or
 * white space (src/domain/snapshots/names.ts), so a name with either is not one of these.
 */
const SNAPSHOT_IMAGE = /^([A-Za-z0-9]{20,22})_([^/\s]+)\.qcow2$/;

export interface DbcSnapshotImageName {
  /** The VM (DBC task) the snapshot was taken of. */
  taskId: string;
  snapshotName: string;
}

/** The task and snapshot a center or node file came from, or undefined when the name is not of that shape. */
export function parseDbcSnapshotImageName(fileName: string): DbcSnapshotImageName | undefined {
  const match = SNAPSHOT_IMAGE.exec(fileName);
  if (!match) return undefined;
  const [, taskId, snapshotName] = match;
  // A task id is random: one without a digit ("ubuntuServerLongName_…") is a person's file name, not a task's.
  if (!taskId || !snapshotName || !/\d/.test(taskId) || !/[A-Za-z]/.test(taskId)) return undefined;
  return { taskId, snapshotName };
}
