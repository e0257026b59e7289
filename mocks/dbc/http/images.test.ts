// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nodeBody as body, type Msg, setupDbc } from '../testkit';
import { DBC_NODES } from '../seed';

const B = DBC_NODES.snapshots;

describe('images', () => {
  it('lists the image center in both eras and node images with the node quirk', async () => {
    const t = setupDbc();
    const eraB = (await t.post('/api/v1/images', { peer_nodes_list: [], additional: {} })).json.message as string[];
    expect(eraB).toContain('ubuntu.qcow2');
    const eraC = (await t.post('/api/v1/images', { peer_nodes_list: [], additional: { image_server: 'ID_2' } })).json.message as Msg[];
    expect(eraC[0]).toEqual({ image_name: 'ubuntu.qcow2', image_size: '5.21G' });
    expect((await t.post('/api/v1/images', { peer_nodes_list: [], additional: { image_server: 'ID_9' } })).json).toEqual({ errcode: -25, message: 'image_server not exist' });
    const onNode = (await t.post('/api/v1/images', body(B, {}, {}))).json.message as Msg[];
    expect(onNode[0]).toHaveProperty(['image_name:'], 'ubuntu.qcow2');
    expect((await t.post('/api/v1/images/servers', { peer_nodes_list: [], additional: {} })).json.message).toEqual({ image_server: ['ID_1', 'ID_2'] });
  });
  it('downloads (era C) with progress until the image is on the node; uploads (era B path)', async () => {
    const t = setupDbc();
    const add = { image_server: 'ID_1', image_filename: 'centos7.9.qcow2', local_dir: '/data' };
    expect((await t.post('/api/v1/images/download', body(B, { image_server: 'ID_1', image_filename: 'centos7.9.qcow2' }))).json).toEqual({ errcode: -25, message: 'additional no local_dir' });
    expect((await t.post('/api/v1/images/download', body(B, add))).json).toEqual({ errcode: 0, message: 'ok' });
    expect((await t.post('/api/v1/images/download', body(B, add))).json).toEqual({ errcode: 1, message: 'image:centos7.9.qcow2 in downloading' });
    t.clock.advance(17_500);
    expect((await t.post('/api/v1/images/downloadprogress', body(B, { image_filename: 'centos7.9.qcow2' }))).json.message).toEqual({ status: 'downloading', progress: '50%' });
    t.clock.advance(60_000);
    expect((await t.post('/api/v1/images/downloadprogress', body(B, { image_filename: 'centos7.9.qcow2' }))).json.message).toEqual({ status: 'done', progress: '100%' });
    const info = (await t.post('/api/v1/mining_nodes', body(B, {}, {}))).json.message as { images: Msg[] };
    expect(info.images.map((i) => i.image_name)).toContain('centos7.9.qcow2');
    expect((await t.post('/api/v1/images/upload/ubuntu.qcow2', body(B))).json).toEqual({ errcode: 0, message: 'ok' });
    expect((await t.post('/api/v1/images/upload/missing.qcow2', body(B))).json).toEqual({ errcode: 1, message: 'image:missing.qcow2 not exist' });
    expect((await t.post('/api/v1/images/download/debian12.qcow2', body(B))).json.errcode).toBe(1);
    expect((await t.post('/api/v1/images/download/stable-diffusion-webui.qcow2', body(B))).json.errcode).toBe(0);
    expect((await t.post('/api/v1/images/download_stop', body(B, { image_filename: 'stable-diffusion-webui.qcow2' }))).json.errcode).toBe(0);
  });
  it('jobFailsHalfway: the next transfer fails at half and its progress answers the node error; nothing lands', async () => {
    const t = setupDbc();
    t.faults.setFlags('dbc', { jobFailsHalfway: true });
    const add = { image_server: 'ID_1', image_filename: 'centos7.9.qcow2', local_dir: '/data' };
    expect((await t.post('/api/v1/images/download', body(B, add))).json).toEqual({ errcode: 0, message: 'ok' });
    expect(t.faults.flags('dbc').jobFailsHalfway).toBe(false);
    const progress = async () => (await t.post('/api/v1/images/downloadprogress', body(B, { image_filename: 'centos7.9.qcow2' }))).json;
    t.clock.advance(10_000); // centos7.9.qcow2 (4.12 GB) takes 35 s: half is 17.5 s
    expect((await progress()).message).toMatchObject({ status: 'downloading' });
    t.clock.advance(10_000);
    expect(await progress()).toEqual({ errcode: 1, message: 'image:centos7.9.qcow2 download failed' });
    t.clock.advance(60_000);
    const onNode = (await t.post('/api/v1/images', body(B, {}))).json.message as Msg[];
    expect(onNode.map((i) => i['image_name:'])).not.toContain('centos7.9.qcow2');
    // Over: the same download can be asked again.
    expect((await t.post('/api/v1/images/download', body(B, add))).json.errcode).toBe(0);
  });
  it('transferStalls: the next transfer stops moving at half and runs until stopped', async () => {
    const t = setupDbc();
    t.faults.setFlags('dbc', { transferStalls: true });
    expect((await t.post('/api/v1/images/upload', body(B, { image_filename: 'ubuntu.qcow2', image_server: 'ID_1' }))).json.errcode).toBe(0);
    const progress = async () => (await t.post('/api/v1/images/uploadprogress', body(B, { image_filename: 'ubuntu.qcow2' }))).json.message;
    t.clock.advance(60 * 60_000);
    expect(await progress()).toEqual({ status: 'uploading', progress: '50%' });
    expect((await t.post('/api/v1/images/upload', body(B, { image_filename: 'ubuntu.qcow2', image_server: 'ID_1' }))).json.message).toBe('image:ubuntu.qcow2 in uploading');
    expect((await t.post('/api/v1/images/upload_stop', body(B, { image_filename: 'ubuntu.qcow2' }))).json).toEqual({ errcode: 0, message: 'ok' });
    expect(await progress()).toMatchObject({ status: 'done' });
    expect((await progress() as Msg).progress).not.toBe('100%');
  });
});
