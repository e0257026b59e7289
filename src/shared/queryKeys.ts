/**
 * Key factories shared by several features (and by the job tracker, which invalidates what a finished job
 * changed). Everything about a connection's VMs hangs off ['vms', connectionId], nodes off ['nodes', connectionId].
 */
export const vmKeys = {
  all: ['vms'] as const,
  connection: (connectionId: string) => [...vmKeys.all, connectionId] as const,
  list: (connectionId: string) => [...vmKeys.connection(connectionId), 'list'] as const,
  detail: (connectionId: string, vmId: string) => [...vmKeys.connection(connectionId), 'detail', vmId] as const,
  logs: (connectionId: string, vmId: string, from: string, lines: number) => [...vmKeys.detail(connectionId, vmId), 'logs', from, lines] as const,
};

export const nodeKeys = {
  all: ['nodes'] as const,
  connection: (connectionId: string) => [...nodeKeys.all, connectionId] as const,
  detail: (connectionId: string, nodeId: string) => [...nodeKeys.connection(connectionId), nodeId] as const,
};

export const imageKeys = {
  all: ['images'] as const,
  connection: (connectionId: string) => [...imageKeys.all, connectionId] as const,
  /** Every image and template of the connection (the Images page). */
  list: (connectionId: string) => [...imageKeys.connection(connectionId), 'list'] as const,
  center: (connectionId: string) => [...imageKeys.connection(connectionId), 'center'] as const,
  servers: (connectionId: string) => [...imageKeys.connection(connectionId), 'servers'] as const,
};

export const snapshotKeys = {
  all: ['snapshots'] as const,
  connection: (connectionId: string) => [...snapshotKeys.all, connectionId] as const,
  list: (connectionId: string) => [...snapshotKeys.connection(connectionId), 'list'] as const,
  tree: (connectionId: string, vmId: string, volumeId?: string) => [...snapshotKeys.connection(connectionId), 'tree', vmId, volumeId ?? ''] as const,
};
