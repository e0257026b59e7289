/** Vms area messages (en is the key set; zh-CN must match it). */
export const vmsEn = {} as const;

export const vmsZhCN: Record<keyof typeof vmsEn, string> = {};
