/** VM model messages: normalised statuses, action names, reasons an action is not allowed (en is the key set). */
export const vmModelEn = {} as const;

export const vmModelZhCN: Record<keyof typeof vmModelEn, string> = {};
