/** DBC transfers from the Images page (en is the key set; zh-CN must match it). */
export const imageDbcEn = {
  'imageActions.action.download': 'Download to node',
  'imageActions.action.upload': 'Upload to image server',
  'imageDbc.download.title': 'Download {name} to a node',
  'imageDbc.download.node': 'Node',
  'imageDbc.download.nodeRequired': 'Choose a node',
  'imageDbc.download.noNodes': 'None of your nodes is without this file: add node ids on the Nodes page.',
  'imageDbc.download.submit': 'Download',
  'imageDbc.reason.notCenter': 'Only an image-center file is copied to a node',
  'imageDbc.reason.notNode': 'Only a file on a node is uploaded or deleted here',
  'imageDbc.transfer.running': 'Transferring {percent} %',
  'imageDbc.transfer.noPercent': 'Transferring',
  'imageDbc.transfer.stalled': 'Stalled at {percent} %',
} as const;

export const imageDbcZhCN: Record<keyof typeof imageDbcEn, string> = {
  'imageActions.action.download': '下载到节点',
  'imageActions.action.upload': '上传到镜像服务器',
  'imageDbc.download.title': '将 {name} 下载到节点',
  'imageDbc.download.node': '节点',
  'imageDbc.download.nodeRequired': '请选择节点',
  'imageDbc.download.noNodes': '您的节点都已有此文件：可在节点页面添加节点 ID。',
  'imageDbc.download.submit': '下载',
  'imageDbc.reason.notCenter': '只有镜像中心的文件可以下载到节点',
  'imageDbc.reason.notNode': '只有节点上的文件可以在此上传或删除',
  'imageDbc.transfer.running': '传输中 {percent} %',
  'imageDbc.transfer.noPercent': '传输中',
  'imageDbc.transfer.stalled': '已停滞于 {percent} %',
};
