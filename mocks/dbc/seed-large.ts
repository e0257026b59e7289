import { sha256 } from '@noble/hashes/sha2';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { seededRandom as prng } from '../control/random';
import { DBC_DEMO_RENTER } from './lib/identities';
import { DAY, makeNode, makeTask } from './seed-kit';
import type { DbcState } from './state';

const CITIES = ['深圳', 'Chengdu', '北京', 'Hangzhou', '上海', 'Wuhan', '广州', 'Xiamen', '南京', 'Chongqing'];
const GPUS = ['A100', 'RTX4090', 'RTX3090', 'A800', 'L40S', 'H100'];

/** Adds nodes 2..499 of the `large` dataset (seeded PRNG: same data every time), one or two VMs each. */
export function seedLarge(state: DbcState, now: number): void {
  const random = prng(500);
  for (let i = 2; i < 500; i++) {
    const nodeId = u8aToHex(sha256(stringToU8a(`vmdeck-dbc-large-node-${i}`))).slice(2);
    const gpu = GPUS[Math.floor(random() * GPUS.length)];
    const city = CITIES[Math.floor(random() * CITIES.length)];
    const ip = `${36 + Math.floor(random() * 180)}.${Math.floor(random() * 255)}.${Math.floor(random() * 255)}.${1 + Math.floor(random() * 253)}`;
    state.nodes.push(makeNode({ nodeId, name: `${city}-${gpu}-${String(i).padStart(3, '0')}`, ip, gpuCount: 8, rental: { status: 'rented', renter: DBC_DEMO_RENTER.address } }));
    const vms = 1 + Math.floor(random() * 2);
    for (let v = 0; v < vms; v++) {
      const running = random() < 0.7;
      const windows = random() < 0.2;
      state.tasks.push(
        makeTask({
          label: `large-${i}-${v}`, nodeId, createdAt: now - Math.floor(random() * 60) * DAY, desc: windows ? `云桌面 desktop ${i}-${v}` : `训练任务 training job ${i}-${v}`,
          os: windows ? 'windows' : 'ubuntu', sshPort: windows ? 0 : 20000 + v, rdpPort: windows ? 30000 + v : 0, vncPort: 5900 + v,
          cpuCores: 8, gpuCount: 1 + Math.floor(random() * 3), memGb: 32, diskGb: 100 * (1 + Math.floor(random() * 5)),
          status: running ? 'running' : 'closed', domain: running ? 'running' : 'shut_off',
        }),
      );
    }
  }
}
