import { nodeTime, passwordFrom, taskIdFrom, macFrom } from '../lib/format';
import { beginOp, createDurationS, DURATION_S, type OpSpec } from '../rules/lifecycle';
import { busyImages } from '../rules/images';
import { clientError, ERR, isFailure, nodeError, type DbcFailure } from '../errors';
import { checkAction, checkPasswd, checkResources, parseCreateParams, parseLogQuery, parseModify, type CreateParams, type NodeView, type PowerAction } from '../rules/tasks';
import { isWindowsOs } from '../rules/resources';
import { nodeTasks, type DbcState, type DbcTask } from '../state';
import { answer, authorisedNodeCall, readRequest, type NodeCall } from './pipeline';
import { nodeOk } from './envelope';
import type { DbcStore } from './context';
import { taskDetail, taskLogLines, taskSummary } from '../views';

/** `/api/v1/tasks…` routed like rest_api_service::rest_task: by the number of path segments. */

const ACTIONS = ['start', 'restart', 'shutdown', 'poweroff', 'stop', 'reset', 'delete', 'logs', 'modify', 'passwd'] as const;
type Action = (typeof ACTIONS)[number];
const isAction = (value: string): value is Action => (ACTIONS as readonly string[]).includes(value);

export function routeTasks(segments: string[], request: Request, url: URL, store: DbcStore): Promise<Response> {
  return answer(async () => {
    if (segments.length > 2) return clientError('invalid requests uri', ERR.invalidRequest);
    // An unknown action gets no answer from the real client; the emulator says why instead of hanging.
    const [first = '', second = ''] = segments;
    if (segments.length === 2 && !isAction(first)) return clientError('invalid requests uri', ERR.invalidRequest);
    const req = await readRequest(request);
    if (isFailure(req)) return req;
    const call = await authorisedNodeCall(store, req);
    if (isFailure(call)) return call;
    if (segments.length === 0) return listTasks(store, call);
    if (segments.length === 1) return first === 'start' ? createTask(store, call) : detailTask(store, call, first);
    return taskAction(store, call, first as Action, second, url);
  });
}

function myTasks(state: DbcState, call: NodeCall): DbcTask[] {
  return nodeTasks(state, call.node.nodeId).filter((t) => t.wallet === call.identity.wallet);
}

function nodeView(store: DbcStore, call: NodeCall): NodeView {
  const state = store.state();
  return { node: call.node, tasks: nodeTasks(state, call.node.nodeId), busyImages: busyImages(state, call.node.nodeId, store.now()) };
}

function listTasks(store: DbcStore, call: NodeCall): Response {
  return nodeOk(myTasks(store.state(), call).map(taskSummary));
}

function detailTask(store: DbcStore, call: NodeCall, taskId: string): Response | DbcFailure {
  const task = myTasks(store.state(), call).find((t) => t.taskId === taskId);
  if (!task) return nodeError('task_id not exist', ERR.nodeDefault);
  return nodeOk(taskDetail(task, call.node));
}

function newTask(store: DbcStore, call: NodeCall, params: CreateParams): DbcTask {
  const state = store.state();
  const taskId = params.taskId ?? taskIdFrom(`task-${state.counter++}-${call.node.nodeId}`);
  const password = passwordFrom(`pwd-${taskId}-${state.counter}`);
  const windows = isWindowsOs(params.os);
  return {
    taskId,
    nodeId: call.node.nodeId,
    wallet: call.identity.wallet,
    createdAt: store.now(),
    desc: params.desc,
    os: params.os,
    biosMode: params.biosMode,
    imageName: params.imageName,
    sshPort: params.sshPort,
    rdpPort: params.rdpPort,
    vncPort: params.vncPort,
    publicIp: params.publicIp,
    customPort: params.customPort,
    userName: windows ? 'Administrator' : 'dbc',
    loginPassword: password,
    vncPassword: password.slice(0, 8),
    cpuCores: params.cpuCores,
    gpuCount: params.gpuCount,
    memGb: params.memGb,
    diskGb: params.diskGb,
    mac: macFrom(taskId),
    status: 'creating',
    domain: 'none',
    snapshots: [],
    log: [],
  };
}

function createTask(store: DbcStore, call: NodeCall): Response | DbcFailure {
  const params = parseCreateParams(call.req.additional, nodeView(store, call));
  if (isFailure(params)) return params;
  const task = newTask(store, call, params);
  const fails = store.env.faults.consumeFlag('dbc', 'jobFailsHalfway');
  const spec: OpSpec = { kind: 'create', pending: 'creating', next: 'running', nextDomain: 'running', durationS: createDurationS(task.gpuCount, task.diskGb, task.memGb), failStatus: 'create error' };
  beginOp(task, spec, store.now(), store.scale(), fails);
  store.state().tasks.push(task);
  store.touch();
  return nodeOk({ task_id: task.taskId, create_time: nodeTime(task.createdAt), desc: task.desc, status: 'creating' });
}

function powerSpec(action: PowerAction, force: boolean): OpSpec {
  switch (action) {
    case 'start':
      return { kind: 'start', pending: 'starting', next: 'running', nextDomain: 'running', durationS: DURATION_S.start };
    case 'shutdown':
      return { kind: 'shutdown', pending: 'being shutdown', next: 'closed', nextDomain: 'shut_off', durationS: DURATION_S.shutdown };
    case 'poweroff':
    case 'stop':
      // /tasks/stop runs the poweroff logic on era-C nodes.
      return { kind: 'poweroff', pending: 'being poweroff', next: 'closed', nextDomain: 'shut_off', durationS: DURATION_S.poweroff };
    case 'restart':
      return { kind: 'restart', pending: 'restarting', next: 'running', nextDomain: 'running', durationS: force ? DURATION_S.forceRestart : DURATION_S.restart };
    case 'reset':
      return { kind: 'reset', pending: 'resetting', next: 'running', nextDomain: 'running', durationS: DURATION_S.reset };
    case 'delete':
      return { kind: 'delete', pending: 'deleting', next: 'closed', nextDomain: 'none', durationS: DURATION_S.delete };
  }
}

function taskAction(store: DbcStore, call: NodeCall, action: Action, taskId: string, url: URL): Response | DbcFailure {
  const task = myTasks(store.state(), call).find((t) => t.taskId === taskId);
  if (action === 'logs') {
    const query = parseLogQuery(url.searchParams.get('flag'), url.searchParams.get('line_num'));
    if (isFailure(query)) return query;
    if (!task) return nodeError('task not exist');
    const lines = taskLogLines(task, store.now());
    return nodeOk({ task_id: task.taskId, log_content: query.head ? lines.slice(0, query.lines) : lines.slice(-query.lines) });
  }
  if (!task) return nodeError('task not exist');
  if (action === 'modify') return modifyTask(store, call, task);
  if (action === 'passwd') return passwdTask(store, call, task);
  const view = nodeView(store, call);
  if (action === 'start' || action === 'restart') {
    if (task.domain === 'none') return nodeError('task not exist');
    const resources = checkResources(task, view);
    if (resources) return resources;
  }
  const refused = checkAction(action, task);
  if (refused) return refused;
  const force = ['true', '1'].includes(url.searchParams.get('force_reboot') ?? '');
  beginOp(task, powerSpec(action, force), store.now(), store.scale());
  task.log.push({ at: store.now(), line: `${action === 'stop' ? 'poweroff' : action} task ${task.taskId}${action === 'restart' && force ? ' (force reboot)' : ''}` });
  store.touch();
  return nodeOk('ok');
}

function modifyTask(store: DbcStore, call: NodeCall, task: DbcTask): Response | DbcFailure {
  if (task.domain === 'none') return nodeError('task not exist');
  const changes = parseModify(call.req.additional, task, nodeView(store, call));
  if (isFailure(changes)) return changes;
  if (changes.sshPort !== undefined) task.sshPort = changes.sshPort;
  if (changes.rdpPort !== undefined) task.rdpPort = changes.rdpPort;
  if (changes.vncPort !== undefined) task.vncPort = changes.vncPort;
  if (changes.customPort !== undefined) task.customPort = changes.customPort;
  if (changes.gpuCount !== undefined) task.gpuCount = changes.gpuCount;
  if (changes.cpuCores !== undefined) task.cpuCores = changes.cpuCores;
  if (changes.memGb !== undefined) task.memGb = changes.memGb;
  task.log.push({ at: store.now(), line: `modify task ${task.taskId}: ${JSON.stringify(changes)}` });
  store.touch();
  return nodeOk('ok');
}

function passwdTask(store: DbcStore, call: NodeCall, task: DbcTask): Response | DbcFailure {
  const creds = checkPasswd(call.req.additional, task);
  if (isFailure(creds)) return creds;
  task.userName = creds.username;
  task.loginPassword = creds.password;
  task.log.push({ at: store.now(), line: `set user ${creds.username} password successful` });
  store.touch();
  return nodeOk('ok');
}
