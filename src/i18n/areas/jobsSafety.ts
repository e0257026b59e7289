/** Jobs that can no longer be watched, and changes sent without an answer (issue 13, defects 8 and 9). en is the key set; zh-CN must match it. */
export const jobsSafetyEn = {
  'jobs.status.unknown': 'Unknown',
  'jobsSafety.expired': 'No end after {duration}: the console stopped asking. Check the job at the provider.',
  'jobsSafety.orphaned': 'Its connection was removed: the job is no longer watched. Check it at the provider.',
  'jobsSafety.checkAgain': 'Check again',
  'jobsSafety.outcomeUnknown': '{provider} did not answer: the outcome is unknown. Check the list before retrying; it is being refreshed now.',
  'jobsSafety.hours': '{count} h',
  'jobsSafety.minutes': '{count} min',
} as const;

export const jobsSafetyZhCN: Record<keyof typeof jobsSafetyEn, string> = {
  'jobs.status.unknown': '未知',
  'jobsSafety.expired': '{duration}后仍未结束：控制台已停止查询。请到服务商处核实该任务。',
  'jobsSafety.orphaned': '该任务的连接已被移除，不再跟踪。请到服务商处核实。',
  'jobsSafety.checkAgain': '重新检查',
  'jobsSafety.outcomeUnknown': '{provider} 未响应：结果未知。请先检查列表再重试；列表正在刷新。',
  'jobsSafety.hours': '{count} 小时',
  'jobsSafety.minutes': '{count} 分钟',
};
