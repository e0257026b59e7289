/** DBC image extras: a snapshot image's origin and the node picker's labels (en is the key set; zh-CN must match it). */
export const imagesDbcMoreEn = {
  'imagesDbcMore.origin.snapshotOfVm': 'Snapshot {name} of {vm}',
  'imagesDbcMore.origin.title': 'A snapshot of VM {vmId}: opens it in its VM’s tree',
  'imagesDbcMore.node.gpus': '{count}× {model}',
  'imagesDbcMore.node.loading': 'reading…',
  'imagesDbcMore.node.unreachable': 'not answering',
  'imagesDbcMore.transfer.downloadFailed': 'Download failed: {message}',
  'imagesDbcMore.transfer.uploadFailed': 'Upload failed: {message}',
  'imagesDbcMore.transfer.noMessage': 'the node gave no reason',
} as const;

export const imagesDbcMoreZhCN: Record<keyof typeof imagesDbcMoreEn, string> = {
  'imagesDbcMore.origin.snapshotOfVm': '快照 {name}（云主机 {vm}）',
  'imagesDbcMore.origin.title': '云主机 {vmId} 的快照：在该云主机的快照树中打开',
  'imagesDbcMore.node.gpus': '{count}× {model}',
  'imagesDbcMore.node.loading': '读取中…',
  'imagesDbcMore.node.unreachable': '无响应',
  'imagesDbcMore.transfer.downloadFailed': '下载失败：{message}',
  'imagesDbcMore.transfer.uploadFailed': '上传失败：{message}',
  'imagesDbcMore.transfer.noMessage': '节点未说明原因',
};
