/** Renter area messages (en is the key set; zh-CN must match it). */
export const renterEn = {} as const;

export const renterZhCN: Record<keyof typeof renterEn, string> = {};
