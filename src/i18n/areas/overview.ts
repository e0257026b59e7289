/** Overview area messages (en is the key set; zh-CN must match it). */
export const overviewEn = {} as const;

export const overviewZhCN: Record<keyof typeof overviewEn, string> = {};
