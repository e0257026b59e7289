// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { beginOp, settleState, settleTask } from './lifecycle';
import { DBC_NODES, DBC_TASKS } from '../seed';
import { demoState as demo, SEED_NOW as NOW, taskOf as task } from '../testkit';
import { findNode } from '../state';


describe('lifecycle', () => {
  it('moves through the pending status and settles at the deadline, or fails half way', () => {
    const s = demo();
    const closed = task(s, DBC_TASKS.closedWindows);
    beginOp(closed, { kind: 'start', pending: 'starting', next: 'running', nextDomain: 'running', durationS: 20 }, NOW, 1);
    expect(settleTask(closed, NOW + 19_999)).toBe(false);
    expect(closed.op?.pending).toBe('starting');
    expect(settleTask(closed, NOW + 20_000)).toBe(true);
    expect([closed.status, closed.domain]).toEqual(['running', 'running']);
    beginOp(closed, { kind: 'create', pending: 'creating', next: 'running', nextDomain: 'running', durationS: 600, failStatus: 'create error' }, NOW, 1, true);
    settleTask(closed, NOW + 300_000);
    expect(closed.status).toBe('create error');
  });
  it('removes deleted tasks and applies finished transfers', () => {
    const s = demo();
    const closed = task(s, DBC_TASKS.closedWindows);
    beginOp(closed, { kind: 'delete', pending: 'deleting', next: 'closed', nextDomain: 'none', durationS: 20 }, NOW, 1);
    s.transfers.push({ kind: 'download', nodeId: DBC_NODES.main, image: 'debian12.qcow2', server: 'ID_2', sizeGb: 3.87, startedAt: NOW, doneAt: NOW + 1000 });
    expect(settleState(s, NOW + 20_000)).toBe(true);
    expect(s.tasks.some((t) => t.taskId === DBC_TASKS.closedWindows)).toBe(false);
    expect(findNode(s, DBC_NODES.main)!.images.some((i) => i.name === 'debian12.qcow2')).toBe(true);
  });
});
