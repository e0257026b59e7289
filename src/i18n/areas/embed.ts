/** Embed mode messages: config origins, the refusal screen, frames without storage (en is the key set; zh-CN must match it). */
export const embedEn = {
  'config.issue.origin': 'is not an origin ({expected}): write scheme://host[:port], e.g. https://portal.example.com, with no path and no *',
  'embed.refused.title': 'This console cannot be shown here',
  'embed.refused.subtitle': 'The page framing it ({origin}) is not an allowed portal. Open the console directly, or ask the operator to add this portal to embed.allowedOrigins.',
  'embed.refused.unknown': 'an unknown page',
  'embed.refused.open': 'Open the console in its own tab',
  'embed.demoUnavailable.title': 'Demo mode is not available in this frame',
  'embed.demoUnavailable.body': 'The built-in emulators run in a service worker and keep their state in browser storage, which this frame does not allow (a sandboxed or third-party iframe). Connections to real providers still work, with credentials kept in memory.',
  'embed.debug.title': 'Embed messages (debug)',
  'embed.debug.accepted': 'Accepted',
  'embed.debug.ignored': 'Ignored',
  'embed.debug.origin': 'wrong origin',
  'embed.debug.source': 'not from the parent',
  'embed.debug.shape': 'invalid shape',
  'embed.debug.parent': 'Host origin',
} as const;

export const embedZhCN: Record<keyof typeof embedEn, string> = {
  'config.issue.origin': '不是合法的源（{expected}）：应写成 scheme://host[:port]，例如 https://portal.example.com，不含路径，不能用 *',
  'embed.refused.title': '此控制台不能在这里显示',
  'embed.refused.subtitle': '嵌入它的页面（{origin}）不是允许的门户。请直接打开控制台，或请运营方把该门户加入 embed.allowedOrigins。',
  'embed.refused.unknown': '未知页面',
  'embed.refused.open': '在新标签页中打开控制台',
  'embed.demoUnavailable.title': '此框架中无法使用演示模式',
  'embed.demoUnavailable.body': '内置模拟器运行在 Service Worker 中，并把状态保存在浏览器存储里，而此框架不允许这些（沙箱或第三方 iframe）。连接真实提供商仍可使用，凭据只保存在内存中。',
  'embed.debug.title': '嵌入消息（调试）',
  'embed.debug.accepted': '已接受',
  'embed.debug.ignored': '已忽略',
  'embed.debug.origin': '来源不符',
  'embed.debug.source': '不是来自父页面',
  'embed.debug.shape': '格式无效',
  'embed.debug.parent': '宿主源',
};
