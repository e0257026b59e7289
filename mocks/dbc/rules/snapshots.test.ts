// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkCreateB, checkCreateC, checkDelete, snapshotImageName, snapshotImageSizeGb, snapshotPendingStatus, snapshotUpload, stateB, statusC } from './snapshots';
import { DBC_TASKS } from '../seed';
import { demoState as demo, SEED_NOW as NOW, taskOf as task } from '../testkit';
import { isFailure } from '../errors';


describe('snapshot rules', () => {
  it('needs the VM shut off, a name and (era B) a description', () => {
    const s = demo();
    const running = task(s, DBC_TASKS.running);
    const closed = task(s, DBC_TASKS.withSnapshots);
    expect(checkCreateB({ snapshot_name: 'x', description: 'd' }, running, NOW)).toMatchObject({ errcode: -3, message: 'task is running, please save the job and shutdown task before creating a snapshot' });
    expect(checkCreateC({ snapshot_name: 'x' }, running, NOW)).toMatchObject({ errcode: 1, message: 'please close task first and try again' });
    expect(checkCreateB({ description: 'd' }, closed, NOW)).toMatchObject({ message: 'snapshot name is not specified' });
    expect(checkCreateB({ snapshot_name: 'x' }, closed, NOW)).toMatchObject({ message: 'snapshot description is not specified' });
    expect(checkCreateB({ snapshot_name: 'snap1', description: 'd' }, closed, NOW)).toMatchObject({ message: 'snapshot snap1 already exist' });
    expect(checkCreateB({ snapshot_name: 'x', description: 'd', disks: [{ disk_name: 'vdc' }] }, closed, NOW)).toMatchObject({ message: 'disk vdc not exist' });
    const ok = checkCreateB({ snapshot_name: 'snap2', description: 'd', disks: [{ disk_name: 'vda', snapshot_type: 'external' }, { disk_name: 'vdb', snapshot_type: 'no' }] }, closed, NOW);
    expect(ok).toMatchObject({ name: 'snap2', disks: [{ diskName: 'vda', snapshotType: 'external' }, { diskName: 'vdb', snapshotType: 'no' }] });
  });
  it('derives state/status from time and refuses deleting one in progress', () => {
    const s = demo();
    const closed = task(s, DBC_TASKS.withSnapshots);
    const snap = { ...closed.snapshots[0]!, createdAt: NOW, readyAt: NOW + 100_000, uploads: true };
    closed.snapshots.push({ ...snap, name: 'busy' });
    expect(stateB(snap, NOW)).toBe('creating');
    expect(stateB(snap, NOW + 100_000)).toBe('shutoff');
    expect([statusC(snap, NOW), statusC(snap, NOW + 60_000), statusC(snap, NOW + 100_000)]).toEqual(['creating', 'uploading', 'none']);
    expect(checkDelete('C', closed, 'busy', NOW)).toMatchObject({ message: 'task snapshot is busy, please wait a moment' });
    expect(checkDelete('C', closed, 'nope', NOW)).toMatchObject({ errcode: 1, message: 'snapshot_name not exist' });
    expect(isFailure(checkCreateC({ snapshot_name: 'x' }, closed, NOW))).toBe(true);
  });
  it('names the task status in each era\'s own word', () => {
    expect(snapshotPendingStatus('B')).toBe('creating snapshot');
    expect(snapshotPendingStatus('C')).toBe('snapshot creating');
  });
  it('era C: the snapshot file goes to the chosen image server over the second half of the job', () => {
    const closed = task(demo(), DBC_TASKS.withSnapshots);
    const snap = { ...closed.snapshots[0]!, name: 'c1', file: `/data/${closed.taskId}_c1.qcow2`, createdAt: NOW, readyAt: NOW + 100_000, uploads: true };
    expect(snapshotImageName(snap)).toBe(`${closed.taskId}_c1.qcow2`);
    expect(snapshotImageSizeGb(5.21)).toBe(9.21);
    expect(snapshotUpload(closed, snap, 'ID_2', 9.21)).toEqual({
      kind: 'upload', nodeId: closed.nodeId, image: `${closed.taskId}_c1.qcow2`, server: 'ID_2', sizeGb: 9.21, startedAt: NOW + 50_000, doneAt: NOW + 100_000,
    });
  });
});
