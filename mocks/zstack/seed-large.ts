/** The `large` dataset: the demo plus generated VMs (deterministic) up to 10,000, each with a root volume. */
import type { ZStackVmState } from '../../src/api/zstack/types';
import { addVm, addVolume, type SeedContext } from './seed-kit';

const STATES: readonly ZStackVmState[] = ['Running', 'Running', 'Running', 'Stopped', 'Stopped', 'Paused', 'Unknown', 'Crashed'];
const PREFIXES = ['web', 'api', 'db', 'cache', 'batch', '测试', '生产', '开发', '报表', 'gateway'];

export function seedLarge(ctx: SeedContext, count: number): void {
  const imageUuids = ctx.state.images.filter((image) => image.mediaType === 'RootVolumeTemplate').map((image) => image.uuid);
  const storages = ctx.state.primaryStorages;
  for (let i = 0; i < count; i++) {
    const prefix = PREFIXES[i % PREFIXES.length] as string;
    const { vm } = addVm(ctx, {
      name: `${prefix}-node-${String(i + 1).padStart(5, '0')}`,
      state: STATES[i % STATES.length] as ZStackVmState,
      hostIndex: i,
      imageUuid: imageUuids[i % imageUuids.length] ?? '',
      ps: storages[i % storages.length] as SeedContext['state']['primaryStorages'][number],
      cpuNum: [1, 2, 4, 8, 16][i % 5] as number,
      memoryGiB: [1, 2, 4, 8, 16, 32][i % 6] as number,
      rootGiB: [20, 40, 60, 80][i % 4] as number,
      ageDays: 1 + (i % 700),
      ip: `10.${10 + Math.floor(i / 65_000)}.${Math.floor(i / 250) % 256}.${(i % 250) + 2}`,
    });
    if (i % 3 === 0) addVolume(ctx, vm, { name: `DATA-1-for-${vm.name}`, type: 'Data', sizeGiB: 100, ps: storages[i % storages.length] as SeedContext['state']['primaryStorages'][number], deviceId: 1, createDate: vm.createDate });
  }
}
