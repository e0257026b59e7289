// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nodeBody as body, type Msg, setupDbc } from '../testkit';
import { DBC_NODES, DBC_SNAPSHOTS, DBC_TASKS } from '../seed';

const A = DBC_NODES.main;
const B = DBC_NODES.snapshots;
const PLACEHOLDER = { session_id: '租用者分发的session_id', session_id_sign: '租用者分发的session_id_sign' };

describe('snapshots', () => {
  it('era B: create with the seed body, creating → shutoff, detail with disks, delete', async () => {
    const t = setupDbc();
    const id = DBC_TASKS.withSnapshots;
    const additional = { snapshot_name: 'snap2', description: 'finish hello world', disks: [{ disk_name: 'vda', snapshot_type: 'external' }, { disk_name: 'vdb', snapshot_type: 'no' }] };
    const created = await t.post(`/api/v1/snapshot/${id}/create`, body(B, additional, PLACEHOLDER));
    expect(created.json).toEqual({ errcode: 0, message: { snapshot_name: 'snap2', description: 'finish hello world', status: 'creating' } });
    expect((await t.post(`/api/v1/snapshot/${id}/create`, body(B, { ...additional, snapshot_name: 'snap3' }))).json.message).toBe('task snapshot is busy, please wait a moment');
    expect(((await t.post(`/api/v1/tasks/${id}`, body(B))).json.message as Msg).status).toBe('creating snapshot');
    const list = (await t.post(`/api/v1/snapshot/${id}`, body(B))).json.message as Msg[];
    expect(list.map((s) => [s.snapshot_name, s.state])).toEqual([[DBC_SNAPSHOTS.first, 'shutoff'], [DBC_SNAPSHOTS.second, 'shutoff'], ['snap2', 'creating']]);
    t.clock.advance(30 * 60_000);
    const detail = (await t.post(`/api/v1/snapshot/${id}/snap2`, body(B))).json.message as Msg;
    expect(detail).toMatchObject({ snapshot_name: 'snap2', state: 'shutoff', disks: [{ disk_name: 'vda', snapshot_type: 'external', driver_type: 'qcow2' }, { disk_name: 'vdb', snapshot_type: 'no', snapshot_file: '' }] });
    expect((await t.post(`/api/v1/snapshot/${id}/delete/snap2`, body(B))).json).toEqual({ errcode: 0, message: 'ok' });
    expect((await t.post(`/api/v1/snapshot/${id}/snap2`, body(B))).json).toEqual({ errcode: -3, message: 'snapshot snap2 not exist' });
  });
  it('era C: needs an image server, the VM off, and goes creating → uploading → none', async () => {
    const t = setupDbc();
    const id = DBC_TASKS.withSnapshots;
    expect((await t.post(`/api/v1/snapshot/create/${id}`, body(B, { snapshot_name: 'c1' }))).json).toEqual({ errcode: -25, message: 'image_server not exist' });
    expect((await t.post(`/api/v1/snapshot/create/${DBC_TASKS.running}`, body(A, { snapshot_name: 'c1', image_server: 'ID_1' }))).json).toEqual({ errcode: 1, message: 'please close task first and try again' });
    expect((await t.post(`/api/v1/snapshot/create/${id}`, body(B, { snapshot_name: 'c1', desc: 'nightly', image_server: 'ID_1' }))).json).toEqual({ errcode: 0, message: 'ok' });
    const status = async () => ((await t.post(`/api/v1/snapshot/list/${id}/c1`, body(B))).json.message as Msg).status;
    expect(await status()).toBe('creating');
    expect(((await t.post(`/api/v1/tasks/${id}`, body(B))).json.message as Msg).status).toBe('snapshot creating');
    t.clock.advance(28 * 60_000);
    expect(await status()).toBe('uploading');
    t.clock.advance(60 * 60_000);
    expect(await status()).toBe('none');
    expect(((await t.post(`/api/v1/tasks/${id}`, body(B))).json.message as Msg).status).toBe('closed');
    expect((await t.post(`/api/v1/snapshot/list/${id}/nope`, body(B))).json).toEqual({ errcode: 1, message: 'snapshot_name not exist' });
    expect((await t.post(`/api/v1/snapshot/delete/${id}/c1`, body(B))).json.errcode).toBe(0);
  });
  it('era C: the snapshot lands in the chosen image server, downloads to a node and creates a VM there', async () => {
    const t = setupDbc();
    const id = DBC_TASKS.withSnapshots;
    const image = `${id}_golden.qcow2`;
    const center = async (server: string) => (await t.post('/api/v1/images', { peer_nodes_list: [], additional: { image_server: server } })).json.message as Msg[];
    expect((await t.post(`/api/v1/snapshot/create/${id}`, body(B, { snapshot_name: 'golden', desc: 'base for new VMs', image_server: 'ID_2' }))).json.errcode).toBe(0);
    expect((await center('ID_2')).map((i) => i.image_name)).not.toContain(image);
    t.clock.advance(28 * 60_000);
    expect(((await t.post('/api/v1/images/uploadprogress', body(B, { image_filename: image }))).json.message as Msg).status).toBe('uploading');
    t.clock.advance(60 * 60_000);
    expect(await center('ID_2')).toContainEqual({ image_name: image, image_size: '9.21G' });
    expect((await center('ID_1')).map((i) => i.image_name)).not.toContain(image);

    const download = { image_server: 'ID_2', image_filename: image, local_dir: '/data' };
    expect((await t.post('/api/v1/images/download', body(A, download))).json).toEqual({ errcode: 0, message: 'ok' });
    t.clock.advance(10 * 60_000);
    expect(((await t.post('/api/v1/images/downloadprogress', body(A, { image_filename: image }))).json.message as Msg).status).toBe('done');
    const vm = { ssh_port: '33022', vnc_port: '5996', image_name: image, gpu_count: '0', cpu_cores: '2', mem_size: '2', disk_size: '5' };
    const created = await t.post('/api/v1/tasks/start', body(A, vm));
    expect(created.json).toMatchObject({ errcode: 0, message: { status: 'creating' } });
    t.clock.advance(20 * 60_000);
    expect(((await t.post(`/api/v1/tasks/${String((created.json.message as Msg).task_id)}`, body(A))).json.message as Msg).status).toBe('running');
  });
  it('era C: a snapshot that fails half way uploads nothing', async () => {
    const t = setupDbc();
    const id = DBC_TASKS.withSnapshots;
    t.faults.setFlags('dbc', { jobFailsHalfway: true });
    await t.post(`/api/v1/snapshot/create/${id}`, body(B, { snapshot_name: 'broken', image_server: 'ID_1' }));
    t.clock.advance(120 * 60_000);
    expect(((await t.post(`/api/v1/tasks/${id}`, body(B))).json.message as Msg).status).toBe('create snapshot error');
    const listing = (await t.post('/api/v1/images', { peer_nodes_list: [], additional: { image_server: 'ID_1' } })).json.message as Msg[];
    expect(listing.map((i) => i.image_name)).not.toContain(`${id}_broken.qcow2`);
  });
});
