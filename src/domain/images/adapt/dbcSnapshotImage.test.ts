import { describe, expect, it } from 'vitest';
import { dbcCenterImagesToRecords, dbcNodeImagesToRecords } from './dbc';
import { parseDbcSnapshotImageName } from './dbcSnapshotImage';

const TASK = 'Ht5nC7xK1wQe8RfV3jMzUa';

describe('parseDbcSnapshotImageName', () => {
  it('reads the task and the snapshot of an uploaded era-C snapshot', () => {
    expect(parseDbcSnapshotImageName(`${TASK}_snap1.qcow2`)).toEqual({ taskId: TASK, snapshotName: 'snap1' });
  });

  it('splits at the first underscore: a task id has none, a snapshot name may have several', () => {
    expect(parseDbcSnapshotImageName(`${TASK}_before_upgrade_2.qcow2`)).toEqual({ taskId: TASK, snapshotName: 'before_upgrade_2' });
    expect(parseDbcSnapshotImageName(`${TASK}__x.qcow2`)).toEqual({ taskId: TASK, snapshotName: '_x' });
  });

  it('keeps dots inside the snapshot name and takes only the last .qcow2 off', () => {
    expect(parseDbcSnapshotImageName(`${TASK}_v1.2.qcow2`)).toEqual({ taskId: TASK, snapshotName: 'v1.2' });
  });

  it.each([
    ['no suffix', `${TASK}_snap1`],
    ['another extension', `${TASK}_snap1.img`],
    ['a suffix in capitals', `${TASK}_snap1.QCOW2`],
    ['no snapshot name', `${TASK}_.qcow2`],
    ['no underscore', `${TASK}.qcow2`],
    ['a task id too short', 'Ht5nC7xK1wQe8RfV3jM_snap1.qcow2'],
    ['a task id too long', 'Ht5nC7xK1wQe8RfV3jMzUaB_snap1.qcow2'],
    ['a path', `/data/${TASK}_snap1.qcow2`],
    ['white space in the name', `${TASK}_my snap.qcow2`],
    ['a person\'s file name of letters only', 'ubuntuServerMinimalJammy_base.qcow2'],
    ['a VM disk file', `vm_${TASK}.qcow2`],
    ['a plain image', 'ubuntu-22.04.qcow2'],
  ])('is no snapshot image with %s', (_, name) => {
    expect(parseDbcSnapshotImageName(name)).toBeUndefined();
  });
});

describe('DBC image origin', () => {
  it('gives a center image uploaded by a snapshot create its snapshot and VM as origin', () => {
    const [image] = dbcCenterImagesToRecords('c1', 'ID_1', [{ image_name: `${TASK}_snap_2.qcow2`, image_size: '9.2G' }]);
    expect(image?.origin).toEqual({ kind: 'snapshot', id: 'snap_2', name: 'snap_2', tree: { vmId: TASK } });
  });

  it('keeps the origin of such a file downloaded to a node, and none for other files', () => {
    const records = dbcNodeImagesToRecords('c1', 'node-a', [{ 'image_name:': `${TASK}_snap1.qcow2`, image_size: '9G' }, { 'image_name:': 'cuda-12.img', image_size: '20G' }]);
    expect(records.map((r) => r.origin)).toEqual([{ kind: 'snapshot', id: 'snap1', name: 'snap1', tree: { vmId: TASK } }, undefined]);
  });
});
