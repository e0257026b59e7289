/** Jobs area messages (en is the key set; zh-CN must match it). */
export const jobsEn = {} as const;

export const jobsZhCN: Record<keyof typeof jobsEn, string> = {};
