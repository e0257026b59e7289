import type { DbcTaskAction } from '@/api/dbc/client';
import type { DbcCreateTaskAdditional, DbcModifyTaskAdditional, DbcTaskSummary } from '@/api/dbc/types';
import { fanOut, providerLimiter } from '../fanout';
import type { JobSpec } from '../jobs/types';
import type { DbcContext } from '../providers/dbc';
import type { ReadOptions } from '../read';
import { dbcDetailToVm, dbcSummaryToVm } from './adapt/dbc';
import { dbcActions, dbcCan } from './capabilities/dbc';
import { vmNotFound } from './notFound';
import { partialReporter } from './partial';
import type { ActionOptions, ActionOutcome, CreateVmInput, ListOptions, PartialFailure, Vm, VmAction, VmService } from './types';

/** The task statuses that end each action's job (docs/providers/dbc.md §4.1): reached = done, failure word = failed. */
const ACTION_END: Partial<Record<VmAction, { success: string[]; failure: string[]; gone?: 'success' }>> = {
  start: { success: ['running'], failure: ['start error', 'error'] },
  shutdown: { success: ['closed'], failure: ['shutdown error', 'error'] },
  stop: { success: ['closed'], failure: ['poweroff error', 'error'] },
  restart: { success: ['running'], failure: ['restart error', 'start error', 'error'] },
  forceRestart: { success: ['running'], failure: ['restart error', 'start error', 'error'] },
  reset: { success: ['running'], failure: ['reset error', 'error'] },
  // A deleted task disappears: "task_id not exist" is the success.
  delete: { success: [], failure: ['delete error'], gone: 'success' },
};

const CREATE_END = { success: ['running'], failure: ['create error', 'error'] };

export function dbcTaskJob(nodeId: string, taskId: string, end: { success: string[]; failure: string[]; gone?: 'success' }): JobSpec {
  return { kind: 'dbc-task', nodeId, taskId, success: end.success, failure: end.failure, ...(end.gone ? { gone: end.gone } : {}) };
}

/** The create form's values as the node wants them: every value a string, ssh_port for Linux, rdp_port for Windows. */
export function createAdditional(input: CreateVmInput): DbcCreateTaskAdditional {
  const windows = input.operatingSystem === 'windows';
  const port = (value: number | undefined) => (value === undefined ? undefined : String(value));
  return {
    image_name: input.imageName,
    operation_system: input.operatingSystem,
    bios_mode: input.biosMode,
    gpu_count: String(input.gpuCount),
    cpu_cores: String(input.cpuCores),
    mem_size: String(input.memoryGiB),
    disk_size: String(input.diskGiB),
    vnc_port: String(input.vncPort),
    ...(windows ? { rdp_port: port(input.rdpPort) } : { ssh_port: port(input.sshPort) }),
    ...(input.description ? { desc: input.description } : {}),
  };
}

export function modifyAdditional(modify: NonNullable<ActionOptions['modify']>): DbcModifyTaskAdditional {
  const entries: Array<[keyof DbcModifyTaskAdditional, number | undefined]> = [
    ['new_ssh_port', modify.sshPort],
    ['new_rdp_port', modify.rdpPort],
    ['new_vnc_port', modify.vncPort],
    ['new_gpu_count', modify.gpuCount],
    ['new_cpu_cores', modify.cpuCores],
    ['new_mem_size', modify.memoryGiB],
  ];
  const additional: DbcModifyTaskAdditional = {};
  for (const [key, value] of entries) if (value !== undefined) Object.assign(additional, { [key]: String(value) });
  if (modify.customPorts) additional.new_custom_port = modify.customPorts;
  return additional;
}

/**
 * The renter's VMs live per node: `/tasks` per node, then `/tasks/<id>` per task for login and resources.
 * Every request goes through the DBC limiter; a node's failure lands in `failures` and never blocks others.
 */
export function createDbcVmService(ctx: DbcContext): VmService {
  const era = ctx.connection.options.era;
  const connectionId = ctx.connection.id;
  // Which node each task lives on, learned by list(): get(id) asks that node first.
  const nodeOfTask = new Map<string, string>();

  async function detailsOf(nodeId: string, summaries: DbcTaskSummary[], failures: PartialFailure[], signal?: AbortSignal): Promise<Vm[]> {
    const auth = ctx.auth();
    const client = ctx.readClient(signal);
    // Ahead of the lists still queued: a node's rows complete before the next node's list is asked for.
    const results = await fanOut('dbc', summaries, (s) => client.getTask(nodeId, auth, s.task_id), undefined, { first: true, signal });
    return results.map((result, i) => {
      const summary = summaries[i]!;
      nodeOfTask.set(summary.task_id, nodeId);
      if (result.status === 'fulfilled') return dbcDetailToVm(result.value, { connectionId, nodeId });
      // The row still shows from the list entry; the detail's failure is reported against its node.
      failures.push({ source: nodeId, error: result.reason });
      return dbcSummaryToVm(summary, { connectionId, nodeId });
    });
  }

  async function list({ onPartial, signal }: ListOptions = {}) {
    const client = ctx.readClient(signal);
    const failures: PartialFailure[] = [];
    const auth = ctx.auth();
    const nodeIds = ctx.nodeIds();
    const arrived: Vm[][] = [];
    const report = partialReporter(onPartial, () => ({ vms: arrived.flat(), failures: [...failures], progress: { done: arrived.length, total: nodeIds.length } }));
    // Lists first through fanOut; each node's details start as soon as its list lands (never nested in a
    // limiter slot, which could deadlock with all slots held by lists waiting for details).
    const detailed: Array<Promise<Vm[]>> = [];
    await fanOut(
      'dbc',
      nodeIds,
      (nodeId) => client.listTasks(nodeId, auth),
      (nodeId, result) => {
        if (signal?.aborted) return;
        if (result.status === 'fulfilled') {
          detailed.push(
            detailsOf(nodeId, result.value, failures, signal).then((vms) => {
              arrived.push(vms);
              report();
              return vms;
            }),
          );
        } else {
          failures.push({ source: nodeId, error: result.reason });
          arrived.push([]);
          report();
        }
      },
      { signal },
    );
    const vms = (await Promise.all(detailed)).flat();
    report.cancel();
    // Abandoned: no partial list of a page already left, and no result made of aborted rows.
    signal?.throwIfAborted();
    return { vms, failures };
  }

  /**
   * The node a task lives on: known from list(), else asked node by node through the limiter. Once a node
   * answers with the task, the lists still queued are skipped (a direct link on a 500-node fleet stops early).
   */
  async function findNode(taskId: string, signal?: AbortSignal): Promise<string> {
    const known = nodeOfTask.get(taskId);
    if (known) return known;
    const auth = ctx.auth();
    const client = ctx.readClient(signal);
    let found: string | undefined;
    await fanOut(
      'dbc',
      ctx.nodeIds(),
      async (nodeId) => {
        if (found !== undefined) return;
        const tasks = await client.listTasks(nodeId, auth);
        if (found === undefined && tasks.some((t) => t.task_id === taskId)) found = nodeId;
      },
      undefined,
      { signal },
    );
    signal?.throwIfAborted();
    if (found !== undefined) {
      nodeOfTask.set(taskId, found);
      return found;
    }
    // Not on any node: ask the first so the answer is the node's own "task_id not exist".
    const first = ctx.nodeIds()[0];
    if (first === undefined) throw vmNotFound('dbc', taskId);
    return first;
  }

  async function get(id: string, { signal }: ReadOptions = {}): Promise<Vm> {
    const nodeId = await findNode(id, signal);
    const detail = await providerLimiter('dbc').run(() => ctx.readClient(signal).getTask(nodeId, ctx.auth(), id), { signal });
    return dbcDetailToVm(detail, { connectionId, nodeId });
  }

  async function run(vm: Vm, action: VmAction, options: ActionOptions = {}): Promise<ActionOutcome> {
    const nodeId = vm.location.id;
    const auth = ctx.auth();
    const limited = <T>(call: () => Promise<T>) => providerLimiter('dbc').run(call);
    if (action === 'modify') {
      await limited(() => ctx.client.modifyTask(nodeId, auth, vm.id, modifyAdditional(options.modify ?? {})));
      return {};
    }
    if (action === 'changePassword') {
      await limited(() => ctx.client.changePassword(nodeId, auth, vm.id, { username: options.username ?? '', password: options.password ?? '' }));
      return {};
    }
    const end = ACTION_END[action];
    const route = routeOf(action);
    if (!end || !route) throw new Error(`DBC does not offer the VM action "${action}"`);
    await limited(() => ctx.client.taskAction(nodeId, auth, route, vm.id, { force: action === 'forceRestart' }));
    return { job: dbcTaskJob(nodeId, vm.id, end) };
  }

  function routeOf(action: VmAction): DbcTaskAction | undefined {
    switch (action) {
      case 'start':
      case 'shutdown':
      case 'reset':
      case 'delete':
      case 'restart':
        return action;
      case 'forceRestart':
        return 'restart';
      case 'stop':
        // Era C has poweroff; era 2022 only the legacy stop (which powers off too).
        return era === '2022' ? 'stop' : 'poweroff';
      default:
        return undefined;
    }
  }

  return {
    list,
    get,
    actions: dbcActions(era),
    can: (vm, action) => dbcCan(vm, action, era),
    run,
    async create(input) {
      const reply = await providerLimiter('dbc').run(() => ctx.client.createTask(input.nodeId, ctx.auth(), createAdditional(input)));
      nodeOfTask.set(reply.task_id, input.nodeId);
      return { vmId: reply.task_id, job: dbcTaskJob(input.nodeId, reply.task_id, CREATE_END) };
    },
    async logs(vm, { from, lines }) {
      const reply = await providerLimiter('dbc').run(() => ctx.client.taskLogs(vm.location.id, ctx.auth(), vm.id, from, lines));
      return reply.log_content;
    },
  };
}
