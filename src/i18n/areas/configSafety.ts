/** Connection config safety messages: refused base URLs and ids, the cleartext warning (en is the key set; zh-CN must match it). */
export const configSafetyEn = {
  'configSafety.validation.otherHost': 'Starts with // or /\\, so it names another host: write https://host/… or a path with a single /',
  'configSafety.validation.userinfo': 'No user name or password in the URL: put the credentials in the secret fields below',
  'configSafety.validation.reservedId': 'This id is reserved (a built-in JavaScript name): choose another',
  'configSafety.validation.zone': 'Letters, digits, _ . - only, starting with a letter or digit (e.g. ac1)',
  'configSafety.cleartext.title': 'Secrets travel in clear',
  'configSafety.cleartext.body':
    'This is plain http to another machine: the ZStack SHA-512 password digest, the vsd password digest and the 51idc secret cross the network readable by anyone on the path. Use https, or a path on this origin behind an https reverse proxy.',
  'configSafety.cleartext.tag': 'Plain http: secrets in clear',
  'config.issue.otherHost': 'starts with // or /\\ and so names another host: write https://host/… or a path with a single /',
  'config.issue.userinfo': 'must not carry a user name or password (user:password@): real secrets never go in config.json',
  'config.issue.reserved': 'is a reserved name ({expected}): choose another id',
} as const;

export const configSafetyZhCN: Record<keyof typeof configSafetyEn, string> = {
  'configSafety.validation.otherHost': '以 // 或 /\\ 开头，指向的是另一台主机：请写 https://主机/… 或只以一个 / 开头的路径',
  'configSafety.validation.userinfo': '地址中不能包含用户名或密码：请把凭据填写在下方的密钥字段中',
  'configSafety.validation.reservedId': '此 ID 为保留名称（JavaScript 内置名称），请换一个',
  'configSafety.validation.zone': '只能包含字母、数字、_ . -，且以字母或数字开头（如 ac1）',
  'configSafety.cleartext.title': '密钥将以明文传输',
  'configSafety.cleartext.body':
    '这是指向其他机器的明文 http：ZStack 的 SHA-512 密码摘要、vsd 的密码摘要和 51idc 的密钥会以可读形式经过网络，沿途任何人都能看到。请使用 https，或使用本站路径并由 https 反向代理转发。',
  'configSafety.cleartext.tag': '明文 http：密钥不加密',
  'config.issue.otherHost': '以 // 或 /\\ 开头，指向的是另一台主机：请写 https://主机/… 或只以一个 / 开头的路径',
  'config.issue.userinfo': '不能包含用户名或密码（user:password@）：真实密钥绝不能写入 config.json',
  'config.issue.reserved': '是保留名称（{expected}）：请换一个 ID',
};
