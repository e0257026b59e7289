// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDelete, checkDownload, checkUpload, progressOf } from './images';
import { DBC_NODES } from '../seed';
import { demoState as demo, SEED_NOW as NOW } from '../testkit';


describe('image rules', () => {
  it('uploads only files on the node, downloads only center images, one at a time', () => {
    const s = demo();
    expect(checkUpload(s, DBC_NODES.snapshots, 'nope.qcow2', NOW)).toMatchObject({ message: 'image:nope.qcow2 not exist' });
    expect(checkUpload(s, DBC_NODES.snapshots, 'ubuntu.qcow2', NOW)).toEqual({ sizeGb: 5.21 });
    expect(checkDownload(s, DBC_NODES.snapshots, 'centos7.9.qcow2', 'ID_2', NOW)).toMatchObject({ message: 'image:centos7.9.qcow2 not exist' });
    s.transfers.push({ kind: 'download', nodeId: DBC_NODES.snapshots, image: 'centos7.9.qcow2', server: 'ID_1', sizeGb: 4, startedAt: NOW, doneAt: NOW + 10_000 });
    expect(checkDownload(s, DBC_NODES.snapshots, 'centos7.9.qcow2', 'ID_1', NOW)).toMatchObject({ message: 'image:centos7.9.qcow2 in downloading' });
    expect(progressOf(s.transfers[0]!, NOW + 4_200)).toEqual({ status: 'downloading', progress: '42%' });
    expect(progressOf(s.transfers[0]!, NOW + 10_000)).toEqual({ status: 'done', progress: '100%' });
  });
  it('a failed transfer answers the node error from half way; a stalled one keeps its half percentage', () => {
    const base = { kind: 'upload' as const, nodeId: DBC_NODES.snapshots, image: 'ubuntu.qcow2', server: 'ID_1', sizeGb: 4, startedAt: NOW, doneAt: NOW + 10_000 };
    expect(progressOf({ ...base, failAt: NOW + 5_000 }, NOW + 4_000)).toEqual({ status: 'uploading', progress: '40%' });
    expect(progressOf({ ...base, failAt: NOW + 5_000 }, NOW + 5_000)).toMatchObject({ message: 'image:ubuntu.qcow2 upload failed' });
    expect(progressOf({ ...base, stallAt: NOW + 5_000 }, NOW + 999_000)).toEqual({ status: 'uploading', progress: '50%' });
  });
  it('a node file is deleted only when there, not transferred and not being copied into a VM being created', () => {
    const s = demo();
    expect(checkDelete(s, DBC_NODES.snapshots, 'nope.qcow2', NOW)).toMatchObject({ message: 'image:nope.qcow2 not exist' });
    expect(checkDelete(s, DBC_NODES.snapshots, 'ubuntu.qcow2', NOW)).toBeUndefined();
    s.transfers.push({ kind: 'upload', nodeId: DBC_NODES.snapshots, image: 'ubuntu.qcow2', server: 'ID_1', sizeGb: 4, startedAt: NOW, doneAt: NOW + 10_000 });
    expect(checkDelete(s, DBC_NODES.snapshots, 'ubuntu.qcow2', NOW)).toMatchObject({ message: 'image:ubuntu.qcow2 in downloading or uploading' });
    const task = s.tasks.find((t) => t.nodeId === DBC_NODES.snapshots)!;
    task.op = { kind: 'create', pending: 'creating', startedAt: NOW, doneAt: NOW + 60_000, next: 'running', nextDomain: 'running' };
    expect(checkDelete(s, DBC_NODES.snapshots, task.imageName, NOW + 20_000)).toMatchObject({ message: `image:${task.imageName} is used by task ${task.taskId}` });
    expect(checkDelete(s, DBC_NODES.snapshots, task.imageName, NOW + 60_000)).toBeUndefined();
  });
});

