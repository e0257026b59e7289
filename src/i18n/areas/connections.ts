/**
 * Connections area messages (en is the key set; zh-CN must match it). The `error.console.*` texts are the
 * console's own words around a provider failure (no answer, not an API at this path): they live here because
 * the connection test is where a user meets them first.
 */
export const connectionsEn = {
  'connections.example.dbc': 'e.g. http://<client-host>:5002 (the DBC client’s HTTP port), or /mock/dbc for the built-in emulator',
  'connections.example.idc51': 'e.g. https://openapi.51idc.com, or /mock/idc51 for the built-in emulator',
  'connections.example.vsd': 'e.g. http://<management-host>:8080, or /mock/vsd for the built-in emulator',
  'connections.example.zstack': 'e.g. http://<management-node>:8080 (without /zstack/v1), or /mock/zstack for the built-in emulator',
  'connections.saveUntested.title': 'Save anyway?',
  'connections.saveUntested.failed': 'The connection test failed: pages will show errors for this connection until it answers.',
  'connections.saveUntested.ok': 'Save anyway',
  'connections.duplicateEndpoint': 'Connection “{name}” already uses this endpoint and account: every list would show its VMs twice.',
  'connections.validation.secretRequired': 'Required: {provider} signs every request with it',
  'error.console.network': 'The provider could not be reached',
  'error.console.timeout': 'The provider did not answer in time',
  'error.console.notApi': 'The server answered but is not a {provider} API at this path: HTTP {status}',
  'error.console.badResponse': 'The provider answered with something this console does not understand',
  // The shell's screen-reader label: a stray English text in zh-CN, moved here with the other leftovers.
  'shell.toggleNavigation': 'Toggle navigation',
} as const;

export const connectionsZhCN: Record<keyof typeof connectionsEn, string> = {
  'connections.example.dbc': '例如 http://<客户端主机>:5002（DBC 客户端的 HTTP 端口），或内置模拟器 /mock/dbc',
  'connections.example.idc51': '例如 https://openapi.51idc.com，或内置模拟器 /mock/idc51',
  'connections.example.vsd': '例如 http://<管理节点>:8080，或内置模拟器 /mock/vsd',
  'connections.example.zstack': '例如 http://<管理节点>:8080（不含 /zstack/v1），或内置模拟器 /mock/zstack',
  'connections.saveUntested.title': '仍要保存？',
  'connections.saveUntested.failed': '连接测试失败：在它能响应之前，各页面会显示该连接的错误。',
  'connections.saveUntested.ok': '仍然保存',
  'connections.duplicateEndpoint': '连接“{name}”已使用相同的地址和账户：每个列表都会重复显示它的虚拟机。',
  'connections.validation.secretRequired': '必填：{provider} 的每个请求都要用它签名',
  'error.console.network': '无法连接到服务商',
  'error.console.timeout': '服务商未在规定时间内响应',
  'error.console.notApi': '服务器有响应，但此路径不是 {provider} 的 API：HTTP {status}',
  'error.console.badResponse': '服务商的响应格式本控制台无法识别',
  'shell.toggleNavigation': '展开或收起导航',
};
