// @vitest-environment node
import { DBC_NODES } from '../mocks/dbc/seed';
import { createControlClient } from '@/api/control/client';
import { demoRuntime, emulatedBackend, pollToEnd } from './vms-emulated';

emulatedBackend();
const control = createControlClient('http://localhost/mock/__control');
beforeEach(async () => {
  await control.reset({ provider: 'dbc', dataset: 'demo' });
  await control.clearFaults();
});

function center(options: object = {}) {
  const { runtime } = demoRuntime('dbc', { options });
  if (!runtime.imageCenter) throw new Error('the DBC runtime has no image center');
  return { runtime, center: runtime.imageCenter };
}

describe('DBC image center against the emulator', () => {
  it('era C lists every image server, each image with its server and size', async () => {
    const images = await center().center.list();
    expect(images).toContainEqual({ server: 'ID_2', name: 'debian12.qcow2', sizeBytes: expect.any(Number) });
    expect(images).toContainEqual({ server: 'ID_1', name: 'centos7.9.qcow2', sizeBytes: expect.any(Number) });
    expect(images.filter((i) => i.name === 'ubuntu.qcow2').map((i) => i.server).sort()).toEqual(['ID_1', 'ID_2']);
    expect(images.every((i) => (i.sizeBytes ?? 0) > 1024 ** 3)).toBe(true);
  });

  it('era 2022 lists filenames without servers', async () => {
    const images = await center({ era: '2022' }).center.list();
    expect(images).toContainEqual({ name: 'debian12.qcow2' });
    expect(images.some((i) => i.server !== undefined)).toBe(false);
  });

  it('downloads a center image onto a node with progress, after which the node lists it', async () => {
    const { runtime, center: images } = center();
    const before = await runtime.nodes!.get(DBC_NODES.main);
    expect(before.images.map((i) => i.name)).not.toContain('debian12.qcow2');
    const job = await images.downloadToNode(DBC_NODES.main, { server: 'ID_2', name: 'debian12.qcow2' });
    expect(job).toEqual({ kind: 'dbc-image-download', nodeId: DBC_NODES.main, imageName: 'debian12.qcow2', progress: true });
    const checks = await pollToEnd(runtime, job, { everyMs: 5 });
    expect(checks.at(-1)).toMatchObject({ status: 'succeeded', progress: 100 });
    const after = await runtime.nodes!.get(DBC_NODES.main);
    expect(after.images.map((i) => i.name)).toContain('debian12.qcow2');
  });

  it('a second download of the same file is refused with the node message', async () => {
    const { center: images } = center();
    await images.downloadToNode(DBC_NODES.main, { server: 'ID_1', name: 'stable-diffusion-webui.qcow2' });
    await expect(images.downloadToNode(DBC_NODES.main, { server: 'ID_1', name: 'stable-diffusion-webui.qcow2' })).rejects.toMatchObject({
      name: 'ProviderError',
      message: 'image:stable-diffusion-webui.qcow2 in downloading',
    });
  });

  it('era 2022 downloads by path and ends when the node lists the file', async () => {
    const { runtime, center: images } = center({ era: '2022' });
    const job = await images.downloadToNode(DBC_NODES.main, { name: 'centos7.9.qcow2' });
    expect(job).toMatchObject({ progress: false });
    expect((await pollToEnd(runtime, job, { everyMs: 5 })).at(-1)).toMatchObject({ status: 'succeeded' });
  });
});
