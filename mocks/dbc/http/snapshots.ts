import { beginOp } from '../rules/lifecycle';
import { checkImageServer } from '../rules/images';
import { clientError, ERR, isFailure, nodeError, type DbcFailure } from '../errors';
import { stringField } from '../rules/request';
import {
  checkCreateB,
  checkCreateC,
  checkDelete,
  snapshotDurationS,
  snapshotImageSizeGb,
  snapshotPendingStatus,
  snapshotUpload,
  viewB,
  viewC,
  type Era,
  type NewSnapshot,
} from '../rules/snapshots';
import { findNode, type DbcSnapshot, type DbcTask } from '../state';
import { answer, authorisedNodeCall, readRequest, type NodeCall } from './pipeline';
import { nodeOk } from './envelope';
import type { DbcStore } from './context';

/**
 * `/api/v1/snapshot…` in both URL layouts (docs/providers/dbc.md §1, §6):
 * era C `list/<task>[/<snap>]`, `create/<task>`, `delete/<task>/<snap>`;
 * era B (the seeds) `<task>`, `<task>/<snap>`, `<task>/create`, `<task>/delete/<snap>`.
 * Task ids are 20–22 alphanumerics, so they never collide with the era-C verbs.
 */

type SnapshotRoute =
  | { era: Era; op: 'list'; taskId: string }
  | { era: Era; op: 'detail' | 'delete'; taskId: string; name: string }
  | { era: Era; op: 'create'; taskId: string };

export function parseSnapshotPath(segments: string[]): SnapshotRoute | undefined {
  const [a = '', b = '', c = ''] = segments;
  if (a === 'list' && segments.length === 2) return { era: 'C', op: 'list', taskId: b };
  if (a === 'list' && segments.length === 3) return { era: 'C', op: 'detail', taskId: b, name: c };
  if (a === 'create' && segments.length === 2) return { era: 'C', op: 'create', taskId: b };
  if (a === 'delete' && segments.length === 3) return { era: 'C', op: 'delete', taskId: b, name: c };
  if (segments.length === 1) return { era: 'B', op: 'list', taskId: a };
  if (segments.length === 2) return b === 'create' ? { era: 'B', op: 'create', taskId: a } : { era: 'B', op: 'detail', taskId: a, name: b };
  if (segments.length === 3 && b === 'delete') return { era: 'B', op: 'delete', taskId: a, name: c };
  return undefined;
}

export function routeSnapshots(segments: string[], request: Request, store: DbcStore): Promise<Response> {
  return answer(async () => {
    const route = parseSnapshotPath(segments);
    if (!route) return clientError('invalid uri, please use /snapshot/list/<task_id>', ERR.invalidParams);
    const req = await readRequest(request);
    if (isFailure(req)) return req;
    if (route.era === 'C' && route.op === 'create') {
      const server = checkImageServer(store.state(), stringField(req.additional, 'image_server'), 'image_server not exist');
      if (server) return server;
    }
    const call = await authorisedNodeCall(store, req);
    if (isFailure(call)) return call;
    const task = store.state().tasks.find((t) => t.nodeId === call.node.nodeId && t.taskId === route.taskId && t.wallet === call.identity.wallet);
    if (!task) return route.era === 'B' ? nodeError('task_id not exist', ERR.nodeDefault) : nodeError('task not exist');
    switch (route.op) {
      case 'list':
        return listSnapshots(store, route.era, task);
      case 'detail':
        return detailSnapshot(store, route.era, task, route.name);
      case 'create':
        return createSnapshot(store, route.era, task, call);
      case 'delete':
        return deleteSnapshot(store, route.era, task, route.name);
    }
  });
}

const tracked = (task: DbcTask) => task.snapshots.some((s) => s.uploads);

function listSnapshots(store: DbcStore, era: Era, task: DbcTask): Response {
  const now = store.now();
  if (era === 'B') return nodeOk(task.snapshots.map((s) => viewB(s, now, false)));
  return nodeOk(task.snapshots.map((s) => viewC(s, now, tracked(task))).filter((s) => s !== undefined));
}

function detailSnapshot(store: DbcStore, era: Era, task: DbcTask, name: string): Response | DbcFailure {
  const now = store.now();
  const snapshot = task.snapshots.find((s) => s.name === name);
  const view = snapshot && (era === 'B' ? viewB(snapshot, now, true) : viewC(snapshot, now, tracked(task)));
  if (!view) return era === 'B' ? nodeError(`snapshot ${name} not exist`, ERR.nodeDefault) : nodeError('snapshot_name not exist');
  return nodeOk(view);
}

function createSnapshot(store: DbcStore, era: Era, task: DbcTask, call: NodeCall): Response | DbcFailure {
  const now = store.now();
  const checked = era === 'B' ? checkCreateB(call.req.additional, task, now) : checkCreateC(call.req.additional, task, now);
  if (isFailure(checked)) return checked;
  const fails = store.env.faults.consumeFlag('dbc', 'jobFailsHalfway');
  const durationS = snapshotDurationS(task, era);
  beginOp(task, { kind: 'snapshot', pending: snapshotPendingStatus(era), next: 'closed', nextDomain: 'shut_off', durationS, failStatus: 'create snapshot error' }, now, store.scale(), fails);
  const snapshot = newSnapshot(task, checked, now, task.op?.doneAt ?? now, era === 'C');
  if (task.op?.failAt !== undefined) snapshot.failedAt = task.op.failAt;
  task.snapshots.push(snapshot);
  if (era === 'C' && snapshot.failedAt === undefined) uploadToImageServer(store, task, snapshot, stringField(call.req.additional, 'image_server'));
  task.log.push({ at: now, line: `create snapshot ${checked.name} begin` });
  store.touch();
  return nodeOk(era === 'B' ? { snapshot_name: snapshot.name, description: snapshot.description, status: 'creating' } : 'ok');
}

/** The node uploads the finished snapshot; settleTransfers then lists it on that server like any image. */
function uploadToImageServer(store: DbcStore, task: DbcTask, snapshot: DbcSnapshot, server: string): void {
  const state = store.state();
  const base = findNode(state, task.nodeId)?.images.find((i) => i.name === task.imageName) ?? state.imageCenter.find((i) => i.name === task.imageName);
  state.transfers.push(snapshotUpload(task, snapshot, server, snapshotImageSizeGb(base?.sizeGb ?? 0)));
}

function newSnapshot(task: DbcTask, spec: NewSnapshot, now: number, readyAt: number, uploads: boolean): DbcSnapshot {
  return { name: spec.name, description: spec.description, createdAt: now, readyAt, uploads, disks: spec.disks, file: `/data/${task.taskId}_${spec.name}.qcow2` };
}

function deleteSnapshot(store: DbcStore, era: Era, task: DbcTask, name: string): Response | DbcFailure {
  const found = checkDelete(era, task, name, store.now());
  if (isFailure(found)) return found;
  task.snapshots = task.snapshots.filter((s) => s !== found);
  task.log.push({ at: store.now(), line: `delete snapshot ${name} successful` });
  store.touch();
  return nodeOk('ok');
}
