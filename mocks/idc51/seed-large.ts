import { pick, randomInt } from './lib/ids';
import { addChain, addInstance, addVolume, DAY, HOUR, type Builder, type ChainResource } from './seed-kit';

/** `large`: the demo plus generated resources until the zone holds 2,000 backup points (deterministic). */

export const LARGE_POINT_COUNT = 2000;

const SERVICES = ['订单', '支付', '搜索', '推荐', '网关', 'crm', 'erp', 'billing', 'gitlab', 'jenkins', '监控 monitor', '缓存 cache', 'kafka', 'es'];
const ROLES = ['web', 'api', 'db', 'worker', 'batch', 'data', 'logs'];

function generatedResources(b: Builder): ChainResource[] {
  const resources: ChainResource[] = [];
  for (let i = 1; i <= 60; i++) {
    const id = `ins-L${String(i).padStart(6, '0')}`;
    const record = addInstance(b, { id, name: `${pick(b.state, SERVICES)}-${pick(b.state, ROLES)}-${String(i).padStart(2, '0')}`, status: i % 9 === 0 ? 'stopped' : 'running', createdAt: b.now - 300 * DAY });
    resources.push({ type: 'instance', record });
  }
  for (let i = 1; i <= 140; i++) {
    const host = i % 3 === 0 ? undefined : resources[i % 60];
    const record = addVolume(b, {
      id: `vol-L${String(i).padStart(6, '0')}`,
      name: `${pick(b.state, SERVICES)} 数据盘 data-${String(i).padStart(3, '0')}`,
      sizeGb: randomInt(b.state, 1, 50) * 10,
      volumeType: i % 4 === 0 ? 2 : 0,
      instanceId: host?.record.id ?? '',
      createdAt: b.now - 250 * DAY,
    });
    resources.push({ type: 'volume', record });
  }
  return resources;
}

export function seedLarge(b: Builder): void {
  const resources = generatedResources(b);
  let round = 0;
  while (b.state.snapshots.length < LARGE_POINT_COUNT) {
    for (const resource of resources) {
      const left = LARGE_POINT_COUNT - b.state.snapshots.length;
      if (left <= 0) break;
      const count = Math.min(randomInt(b.state, 2, 14), left);
      const startAt = b.now - (200 - round * 40) * DAY + randomInt(b.state, 0, 23) * HOUR;
      const suspended = randomInt(b.state, 0, 49) === 0;
      addChain(b, {
        resource,
        count,
        startAt,
        stepMs: DAY,
        names: ['定期全量 scheduled-full', '定期增量 scheduled-inc'],
        statuses: suspended ? Object.fromEntries(Array.from({ length: count }, (_, i) => [i, 'suspended'])) : undefined,
      });
    }
    round += 1;
  }
  // The newest chain of each resource holds its head.
  for (const resource of resources) {
    const own = b.state.snapshots.filter((p) => p.resourceId === resource.record.id);
    const newest = own.reduce<(typeof own)[number] | undefined>((a, p) => (!a || p.seq > a.seq ? p : a), undefined);
    if (newest?.status === 'available') newest.isHead = true;
  }
}
