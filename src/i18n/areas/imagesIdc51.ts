/** 51idc on the Images page: disks made from backups and the export jobs (en is the key set; zh-CN must match it). */
export const imagesIdc51En = {
  'images.kind.idc51Disk': 'Disk from backup',
  'imagesIdc51.diskType': 'Disk type',
  'imagesIdc51.diskType.performance': 'Performance',
  'imagesIdc51.diskType.capacity': 'Capacity',
  'imagesIdc51.diskType.ultraPerformance': 'Ultra performance',
  'imagesIdc51.job.diskLabel': 'Disk job',
  'imagesIdc51.job.state': 'job {status}',
  'imagesIdc51.job.cellDisk': 'Disk job {id}: {status}',
  'imagesIdc51.job.status.pending': 'queued',
  'imagesIdc51.job.status.working': 'working',
  'imagesIdc51.job.status.successful': 'succeeded',
  'imagesIdc51.job.status.failed': 'failed',
  'imagesIdc51.job.error': 'The provider says: {error}',
  'imagesIdc51.reason.disk': 'A disk made from a backup is a data disk, not a VM image',
} as const;

export const imagesIdc51ZhCN: Record<keyof typeof imagesIdc51En, string> = {
  'images.kind.idc51Disk': '备份生成的云盘',
  'imagesIdc51.diskType': '云盘类型',
  'imagesIdc51.diskType.performance': '性能型',
  'imagesIdc51.diskType.capacity': '容量型',
  'imagesIdc51.diskType.ultraPerformance': '超高性能型',
  'imagesIdc51.job.diskLabel': '生成云盘任务',
  'imagesIdc51.job.state': '任务{status}',
  'imagesIdc51.job.cellDisk': '生成云盘任务 {id}：{status}',
  'imagesIdc51.job.status.pending': '排队中',
  'imagesIdc51.job.status.working': '执行中',
  'imagesIdc51.job.status.successful': '已成功',
  'imagesIdc51.job.status.failed': '已失败',
  'imagesIdc51.job.error': '服务商返回：{error}',
  'imagesIdc51.reason.disk': '由备份生成的云盘是数据盘，不能用来创建虚拟机',
};
