/** Create VM area messages: port warnings, the build's progress, what a VM's disk size counts (en is the key set; zh-CN must match it). */
export const vmCreateEn = {
  'vmCreate.warning.portOfStoppedVm':
    'Port {port} is already the {kind} port of "{vm}" ({id}), which is not running: the node accepts it now, but both VMs cannot run at the same time.',
  'vmCreate.progress.title': 'Building "{name}"',
  'vmCreate.progress.expected': 'A DBC node usually takes 5–15 minutes to build a VM. You can leave this page: the job stays in Jobs.',
  'vmCreate.progress.elapsed': 'Elapsed',
  'vmCreate.progress.nodeStatus': 'Node status',
  'vmCreate.progress.step.accepted': 'Accepted',
  'vmCreate.progress.step.creating': 'Creating',
  'vmCreate.progress.step.starting': 'Starting',
  'vmCreate.progress.step.running': 'Running',
  'vmCreate.progress.done': 'The VM is running.',
  'vmCreate.progress.failed': 'The node could not build the VM',
  'vmCreate.progress.openVm': 'Open the VM',
  'vmCreate.progress.createAnother': 'Create another VM',
  'vmCreate.disk.breakdown': '{system} system + {data} data',
  'vmCreate.disk.help': 'All disks of the VM as the node reports them: the system disk (a fixed size on DBC) plus the data disk asked for at creation.',
} as const;

export const vmCreateZhCN: Record<keyof typeof vmCreateEn, string> = {
  'vmCreate.warning.portOfStoppedVm': '端口 {port} 已是未运行的虚拟机“{vm}”（{id}）的 {kind} 端口：节点现在会接受，但两台虚拟机无法同时运行。',
  'vmCreate.progress.title': '正在创建“{name}”',
  'vmCreate.progress.expected': 'DBC 节点创建虚拟机通常需要 5–15 分钟。您可以离开此页面：任务会保留在任务列表中。',
  'vmCreate.progress.elapsed': '已用时间',
  'vmCreate.progress.nodeStatus': '节点状态',
  'vmCreate.progress.step.accepted': '已受理',
  'vmCreate.progress.step.creating': '创建中',
  'vmCreate.progress.step.starting': '启动中',
  'vmCreate.progress.step.running': '运行中',
  'vmCreate.progress.done': '虚拟机已在运行。',
  'vmCreate.progress.failed': '节点未能创建虚拟机',
  'vmCreate.progress.openVm': '打开虚拟机',
  'vmCreate.progress.createAnother': '再创建一台虚拟机',
  'vmCreate.disk.breakdown': '系统盘 {system} + 数据盘 {data}',
  'vmCreate.disk.help': '节点报告的该虚拟机所有磁盘之和：系统盘（DBC 上为固定大小）加上创建时申请的数据盘。',
};
