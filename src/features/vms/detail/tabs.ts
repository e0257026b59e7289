export const VM_DETAIL_TABS = ['overview', 'login', 'logs', 'snapshots'] as const;
export type VmDetailTab = (typeof VM_DETAIL_TABS)[number];
