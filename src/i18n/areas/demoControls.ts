/** Demo controls area messages (en is the key set; zh-CN must match it). */
export const demoControlsEn = {
  'demo.resetAlso': 'Also clear',
  'demo.resetFaults': 'Injected faults ({count})',
  'demo.resetSessions': 'Expired sessions and “next job fails” flags',
  'demo.fault.routePlaceholder': 'e.g. /api/v1/tasks',
  'demo.fault.examplePlaceholder': 'e.g. {example}',
} as const;

export const demoControlsZhCN: Record<keyof typeof demoControlsEn, string> = {
  'demo.resetAlso': '同时清除',
  'demo.resetFaults': '注入的故障（{count}）',
  'demo.resetSessions': '已过期的会话与“下一个任务失败”标记',
  'demo.fault.routePlaceholder': '例如 /api/v1/tasks',
  'demo.fault.examplePlaceholder': '例如 {example}',
};
