/** Sign-out, removal and remembered sign-in refusals (en is the key set; zh-CN must match it). */
export const signOutEn = {
  'signOut.signedOut.title': 'Signed out of {name}',
  'signOut.signedOut.detail': 'What was read with the previous credentials has been cleared. Sign in to see this connection’s VMs again.',
  'signOut.signIn': 'Sign in',
  'signOut.refused.remembered': 'The provider refused the sign-in. VM Deck will not try again (repeated attempts can lock the account) until you change the credentials or retry.',
  'signOut.refused.retry': 'Retry sign-in',
  'signOut.action': 'Sign out',
  'signOut.done': 'Signed out of {name}: its session was ended and its data cleared',
} as const;

export const signOutZhCN: Record<keyof typeof signOutEn, string> = {
  'signOut.signedOut.title': '已退出 {name}',
  'signOut.signedOut.detail': '用先前凭据读取的内容已清除。请登录后再查看此连接的虚拟机。',
  'signOut.signIn': '登录',
  'signOut.refused.remembered': '服务商拒绝了登录。在您修改凭据或重试之前，VM Deck 不会再次尝试（反复尝试可能导致账号被锁定）。',
  'signOut.refused.retry': '重试登录',
  'signOut.action': '退出登录',
  'signOut.done': '已退出 {name}：其会话已结束，数据已清除',
};
