/** Snapshot actions as menus and toolbars name them (the dialogs have their own areas). */
export const snapshotActionsEn = {
  'snapshots.action.create': 'Take snapshot',
  'snapshots.action.rollback': 'Roll back',
  'snapshots.action.rollbackDisks': 'Roll back disks',
  'snapshots.action.modify': 'Edit',
  'snapshots.action.delete': 'Delete',
  'snapshots.action.exportImage': 'Make image',
  'snapshots.action.exportTemplate': 'Make disk template',
  'snapshots.action.exportVolume': 'Make disk',
  'snapshots.action.bar': 'Actions on “{name}”',
  'snapshots.action.stopsFirst': 'The VM is powered off first (you confirm it in the dialog)',
  'snapshots.action.accepted': '{action} “{name}” accepted',
  'snapshots.action.done': '{action} “{name}” done',
  'snapshots.action.stopFailed': 'The VM did not power off (now {status}); nothing else was sent',
  'snapshots.action.stopping': 'Powering off {name}…',
} as const;

export const snapshotActionsZhCN: Record<keyof typeof snapshotActionsEn, string> = {
  'snapshots.action.create': '创建快照',
  'snapshots.action.rollback': '回滚',
  'snapshots.action.rollbackDisks': '回滚磁盘',
  'snapshots.action.modify': '编辑',
  'snapshots.action.delete': '删除',
  'snapshots.action.exportImage': '生成镜像',
  'snapshots.action.exportTemplate': '生成云盘模板',
  'snapshots.action.exportVolume': '生成云盘',
  'snapshots.action.bar': '对“{name}”的操作',
  'snapshots.action.stopsFirst': '将先关闭虚拟机（在对话框中确认）',
  'snapshots.action.accepted': '{action}“{name}”已提交',
  'snapshots.action.done': '{action}“{name}”已完成',
  'snapshots.action.stopFailed': '虚拟机未能关机（当前 {status}），未发送其他请求',
  'snapshots.action.stopping': '正在关闭 {name}…',
};
