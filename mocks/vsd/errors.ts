import { VSD_SCODE, type VsdScodeName } from '../../src/api/vsd/types';

/**
 * The emulator's scode table (ASSUMED except 11057 and 20926, docs/providers/vsd.md §3): English and Chinese
 * messages, and the Go source location the platform's `stack` frames would name.
 */
interface ScodeEntry {
  message: string;
  message_cn: string;
  /** module, file and function of the innermost stack frame. */
  where: [module: string, file: string, func: string];
}

export const SCODE_TABLE: Record<Exclude<VsdScodeName, 'SUCCESS'>, ScodeEntry> = {
  INVALID_JSON: { message: 'request body is not valid json', message_cn: '请求数据不是合法的JSON', where: ['manager', 'router.go', 'BindJSON'] },
  PARAM_MISSING: { message: 'required parameter is missing', message_cn: '缺少必需参数', where: ['manager', 'params.go', 'CheckRequired'] },
  PARAM_INVALID: { message: 'invalid parameter', message_cn: '参数不合法', where: ['manager', 'params.go', 'CheckParam'] },
  API_NOT_FOUND: { message: 'api not found', message_cn: '接口不存在', where: ['manager', 'router.go', 'NoRoute'] },
  INTERNAL: { message: 'internal server error', message_cn: '服务内部错误', where: ['center', 'server.go', 'Handle'] },
  LOGIN_FAILED: { message: 'user name or password is incorrect', message_cn: '用户名或密码错误', where: ['manager', 'auth.go', 'Login'] },
  TOKEN_INVALID: { message: 'token is invalid or expired, please login again', message_cn: '登录令牌无效或已过期，请重新登录', where: ['manager', 'auth.go', 'CheckToken'] },
  APIKEY_INVALID: { message: 'apikey is invalid or expired', message_cn: 'ApiKey无效或已过期', where: ['manager', 'apikey.go', 'CheckApiKey'] },
  AUTH_REQUIRED: { message: 'authentication required, please login', message_cn: '未认证，请先登录', where: ['manager', 'auth.go', 'Authenticate'] },
  PERMISSION_DENIED: { message: 'permission denied', message_cn: '没有操作权限', where: ['manager', 'auth.go', 'CheckPermission'] },
  NOT_MASTER: { message: 'current node is not master', message_cn: '当前节点不是主节点', where: ['manager', 'cluster.go', 'CheckMaster'] },
  CLUSTER_NOT_FOUND: { message: 'cluster not exist', message_cn: '集群不存在', where: ['manager', 'cluster.go', 'GetCluster'] },
  TENANT_NOT_FOUND: { message: 'tenant not exist', message_cn: '租户不存在', where: ['manager', 'tenant.go', 'GetTenant'] },
  COMPUTE_NOT_FOUND: { message: 'compute not exist', message_cn: '虚拟机不存在', where: ['center', 'compute.go', 'GetCompute'] },
  COMPUTE_STATE_NOT_ALLOWED: { message: 'compute state does not allow this operation', message_cn: '虚拟机当前状态不允许该操作', where: ['center', 'compute.go', 'CheckComputeState'] },
  COMPUTE_BUSY: { message: 'compute has another action in progress', message_cn: '虚拟机正在执行其他操作', where: ['center', 'compute.go', 'CheckComputeAction'] },
  HOST_CPU_OVERCOMMIT: { message: 'host do not satisfy cpu bloat limitation', message_cn: '主机不满足CPU超分配限制', where: ['center', 'compute-host.go', 'Weigh'] },
  SNAPSHOT_NOT_FOUND: { message: 'vsd snapshot not exist', message_cn: '虚拟机快照不存在', where: ['center', 'vsd_snapshot.go', 'GetVsdSnapshot'] },
  SNAPSHOT_NAME_EXISTS: { message: 'vsd snapshot name already exists', message_cn: '虚拟机快照名称已存在', where: ['center', 'vsd_snapshot.go', 'CreateVsdSnapshot'] },
  SNAPSHOT_MULTIPLE_CHILDREN: { message: 'vsd snapshot has more than one child snapshot', message_cn: '该快照存在多个子快照，不允许删除', where: ['center', 'vsd_snapshot.go', 'DeleteVsdSnapshot'] },
  SNAPSHOT_MEMORY_NOT_READY: { message: 'memory snapshot is not ready, the memory image is still being saved', message_cn: '内存快照尚未保存完成，快照暂不可用', where: ['center', 'vsd_snapshot_memory.go', 'CheckMemoryReady'] },
  SNAPSHOT_MEMORY_FAILED: { message: 'memory snapshot save failed, the snapshot is unusable', message_cn: '内存快照保存失败，快照不可用', where: ['center', 'vsd_snapshot_memory.go', 'CheckMemoryReady'] },
  SNAPSHOT_DISK_UNSUPPORTED: { message: 'compute has disks other than built-in or shared storage', message_cn: '虚拟机存在非内置存储或共享存储磁盘，不支持创建快照', where: ['center', 'vsd_snapshot.go', 'CheckSnapshotDisks'] },
  MEMORY_SPACE_DISABLED: { message: 'tenant memory snapshot space is not enabled', message_cn: '租户未开启内存快照空间', where: ['center', 'vsd_snapshot_memory.go', 'CheckMemorySpace'] },
  MEMORY_REQUIRES_RUNNING: { message: 'memory snapshot requires the compute to be running', message_cn: '创建内存快照要求虚拟机处于运行状态', where: ['center', 'vsd_snapshot_memory.go', 'CheckComputeRunning'] },
  ROLLBACK_REQUIRES_SHUTOFF: { message: 'compute must be shut off', message_cn: '虚拟机需处于关机状态', where: ['center', 'vsd_snapshot.go', 'CheckComputeShutoff'] },
  VOLUME_NOT_ATTACHED: { message: 'volume is not attached to the compute', message_cn: '磁盘不属于该虚拟机', where: ['center', 'volume_snapshot.go', 'CheckVolume'] },
  VOLUME_SNAPSHOT_NOT_FOUND: { message: 'volume snapshot not exist', message_cn: '磁盘快照不存在', where: ['center', 'volume_snapshot.go', 'GetVolumeSnapshot'] },
  SNAPSHOT_TASK_RUNNING: { message: 'a memory snapshot of this compute is still being saved', message_cn: '该虚拟机的内存快照正在保存中，请稍后再试', where: ['center', 'vsd_snapshot_memory.go', 'CheckSnapshotTask'] },
};

/** A refusal: which scode and which object (the Output `desc`). */
export interface VsdFault {
  code: Exclude<VsdScodeName, 'SUCCESS'>;
  desc: string;
}

export const fault = (code: VsdFault['code'], desc: string): VsdFault => ({ code, desc });

export function isFault(value: unknown): value is VsdFault {
  return typeof value === 'object' && value !== null && 'code' in value && 'desc' in value && typeof (value as VsdFault).code === 'string' && (value as VsdFault).code in SCODE_TABLE;
}

export const scodeOf = (code: VsdFault['code']): number => VSD_SCODE[code];

/** The name of a code from its number (injected faults carry a number). */
export function codeNameOf(scode: number): VsdFault['code'] | undefined {
  for (const name of Object.keys(SCODE_TABLE) as Array<VsdFault['code']>) if (VSD_SCODE[name] === scode) return name;
  return undefined;
}
