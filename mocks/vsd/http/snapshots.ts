import { http, type HttpHandler } from 'msw';
import { fail, ok } from './envelope';
import { fault, isFault, type VsdFault } from '../errors';
import { checkCreate, checkDeleteUsable, diskSnapshotsFor, memoryDurationMs, planRollback } from '../rules/snapshots';
import { checkDelete, checkNameFree, checkSnapshotName, insertAtHead, moveHead, removeSnapshot, requireSnapshot, treeView } from '../rules/tree';
import { findTenant, nextUuid, treeOf, type ComputeRecord, type MemoryImage, type SnapshotRecord, type VsdState } from '../state';
import { snapshotView } from '../views';
import { resolveCompute, route, saveCompute, scopeFromBody, scopeFromQuery, type Caller, type VsdContext } from './context';
import { bodyBool, bodyString, pageOf, paging, queryString, readBody, type JsonObject } from './parse';

/** `/v1/compute/vsd/snapshot/*` (seed 003): snapshots addressed by name within their VM. */

const PATH = '/v1/compute/vsd/snapshot';

type Read = { compute: ComputeRecord; url: URL };
type Write = { compute: ComputeRecord; body: JsonObject; name: string };

/** GET: resolve the VM from the query, then run `fn`. */
function read(ctx: VsdContext, fn: (args: Read) => Response) {
  return route(ctx, 'apikey', ({ url, caller }) => {
    const scope = scopeFromQuery(url);
    if (isFault(scope)) return fail(scope);
    const compute = resolveCompute(ctx.state(), caller, scope);
    if (isFault(compute)) return fail(compute);
    return fn({ compute, url });
  });
}

/** POST: parse the body (ComputeIdentifier + name), resolve the VM, then run `fn`. */
function write(ctx: VsdContext, fn: (args: Write) => Response) {
  return route(ctx, 'apikey', async ({ request, caller }) => {
    const parsed = await parseWrite(ctx.state(), request, caller);
    return isFault(parsed) ? fail(parsed) : fn(parsed);
  });
}

async function parseWrite(state: VsdState, request: Request, caller: Caller): Promise<Write | VsdFault> {
  const body = await readBody(request);
  if (isFault(body)) return body;
  const scope = scopeFromBody(body);
  if (isFault(scope)) return scope;
  const name = bodyString(body, 'name', true);
  if (isFault(name)) return name;
  const compute = resolveCompute(state, caller, scope);
  if (isFault(compute)) return compute;
  return { compute, body, name };
}

function setTree(ctx: VsdContext, computeUuid: string, tree: ReturnType<typeof treeOf>) {
  ctx.state().trees[computeUuid] = tree;
  ctx.changed();
}

function create(ctx: VsdContext, { compute, body, name }: Write): Response {
  const description = bodyString(body, 'description');
  if (isFault(description)) return fail(description);
  const memory = bodyBool(body, 'domain_memory');
  if (isFault(memory)) return fail(memory);
  const state = ctx.state();
  const tree = treeOf(state, compute.uuid);
  const now = ctx.now();
  const refused = checkSnapshotName(compute.uuid, name) ?? checkNameFree(compute.uuid, tree, name) ?? checkCreate({ compute, tenant: findTenant(state, compute.tenant), tree, memory, now });
  if (refused) return fail(refused);
  const record: Omit<SnapshotRecord, 'parent'> = { uuid: nextUuid(state), name, description, ctime: Math.floor(now / 1000), disks: diskSnapshotsFor(compute, () => nextUuid(state)) };
  if (memory) record.memory = startMemoryImage(ctx, compute, now);
  setTree(ctx, compute.uuid, insertAtHead(tree, record));
  return ok({});
}

/** The memory image save+upload job; jobFailsHalfway makes this one fail when half done. */
function startMemoryImage(ctx: VsdContext, compute: ComputeRecord, now: number): MemoryImage {
  const durationMs = memoryDurationMs(compute.memBytes) * ctx.env.timeScale();
  const image: MemoryImage = { startedAt: now, durationMs, bytes: compute.memBytes };
  if (ctx.env.faults.consumeFlag('vsd', 'jobFailsHalfway')) image.failsAt = now + durationMs / 2;
  return image;
}

function modify(ctx: VsdContext, { compute, body, name }: Write): Response {
  const description = bodyString(body, 'description');
  if (isFault(description)) return fail(description);
  const tree = treeOf(ctx.state(), compute.uuid);
  const record = requireSnapshot(compute.uuid, tree, name);
  if (isFault(record)) return fail(record);
  // Only the description changes (seed); the name is the key.
  setTree(ctx, compute.uuid, { ...tree, snapshots: tree.snapshots.map((snap) => (snap === record ? { ...snap, description } : snap)) });
  return ok({});
}

function rollback(ctx: VsdContext, { compute, body, name }: Write): Response {
  const useMemory = bodyBool(body, 'domain_memory');
  if (isFault(useMemory)) return fail(useMemory);
  const state = ctx.state();
  const tree = treeOf(state, compute.uuid);
  const now = ctx.now();
  const plan = planRollback(compute, tree, name, useMemory, now);
  if (isFault(plan)) return fail(plan);
  const restored = new Map(plan.record.disks.map((disk) => [disk.VolumeUuid, disk.SnapshotUuid]));
  const nowSeconds = Math.floor(now / 1000);
  const next: ComputeRecord = {
    ...compute,
    disks: compute.disks.map((disk) => ({ ...disk, restoredFrom: restored.get(disk.volumeUuid) ?? disk.restoredFrom })),
    attr: { ...compute.attr, last_rollback_snapshot: name, last_rollback_time: String(nowSeconds) },
    modifyTime: nowSeconds,
    // A memory rollback resumes the saved guest: running, agent session included.
    ...(plan.powerOn ? { state: 'running' as const, action: 'noaction' as const, agentReadyAt: now } : {}),
  };
  saveCompute(state, next);
  setTree(ctx, compute.uuid, moveHead(tree, name));
  // Documented as GetVsdSnapshotResponse, but the seed example answers {}: follow the example.
  return ok({});
}

function remove(ctx: VsdContext, { compute, name }: Write): Response {
  const tree = treeOf(ctx.state(), compute.uuid);
  const record = requireSnapshot(compute.uuid, tree, name);
  if (isFault(record)) return fail(record);
  const refused = checkDeleteUsable(compute.uuid, record, ctx.now()) ?? checkDelete(compute.uuid, tree, name);
  if (refused) return fail(refused);
  setTree(ctx, compute.uuid, removeSnapshot(tree, name));
  return ok({});
}

export function snapshotHandlers(base: string, ctx: VsdContext): HttpHandler[] {
  return [
    http.get(
      `${base}${PATH}/list`,
      read(ctx, ({ compute, url }) => {
        const page = paging(url);
        if (isFault(page)) return fail(page);
        const filter = (url.searchParams.get('filter_name') ?? '').toLowerCase();
        const matched = treeOf(ctx.state(), compute.uuid).snapshots.filter((snap) => snap.name.toLowerCase().includes(filter));
        return ok({ list: pageOf(matched, page).map((snap) => snapshotView(compute.uuid, snap, ctx.now(), true)), total_count: matched.length });
      }),
    ),
    http.get(
      `${base}${PATH}/get`,
      read(ctx, ({ compute, url }) => {
        const name = queryString(url, 'name', true);
        if (isFault(name)) return fail(name);
        const record = requireSnapshot(compute.uuid, treeOf(ctx.state(), compute.uuid), name);
        return isFault(record) ? fail(record) : ok(snapshotView(compute.uuid, record, ctx.now()));
      }),
    ),
    http.get(`${base}${PATH}/tree`, read(ctx, ({ compute }) => ok({ tree: treeView(compute.uuid, treeOf(ctx.state(), compute.uuid)) }))),
    http.get(
      `${base}${PATH}/head`,
      read(ctx, ({ compute }) => {
        const tree = treeOf(ctx.state(), compute.uuid);
        if (tree.head === '') return fail(fault('SNAPSHOT_NOT_FOUND', `compute ${compute.uuid} has no current snapshot`));
        const record = requireSnapshot(compute.uuid, tree, tree.head);
        return isFault(record) ? fail(record) : ok(snapshotView(compute.uuid, record, ctx.now()));
      }),
    ),
    http.post(`${base}${PATH}/create`, write(ctx, (args) => create(ctx, args))),
    http.post(`${base}${PATH}/modify`, write(ctx, (args) => modify(ctx, args))),
    http.post(`${base}${PATH}/rollback`, write(ctx, (args) => rollback(ctx, args))),
    http.post(`${base}${PATH}/delete`, write(ctx, (args) => remove(ctx, args))),
  ];
}
