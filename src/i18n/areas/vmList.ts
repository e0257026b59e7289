/** VM list area messages (en is the key set; zh-CN must match it). */
export const vmListEn = {
  'vmList.col.location': 'Location',
  'vmList.selectAll': 'Select all VMs shown',
  'vmList.selectRow': 'Select {name}',
  'vmList.deselectRow': 'Deselect {name}',
  'vmList.bulkBar': 'Actions on the selected VMs',
  'vmList.clearSelection': 'Clear selection',
} as const;

export const vmListZhCN: Record<keyof typeof vmListEn, string> = {
  'vmList.col.location': '位置',
  'vmList.selectAll': '全选显示的虚拟机',
  'vmList.selectRow': '选择 {name}',
  'vmList.deselectRow': '取消选择 {name}',
  'vmList.bulkBar': '对所选虚拟机的操作',
  'vmList.clearSelection': '取消选择',
};
