/** Nodes area messages (en is the key set; zh-CN must match it). */
export const nodesEn = {} as const;

export const nodesZhCN: Record<keyof typeof nodesEn, string> = {};
