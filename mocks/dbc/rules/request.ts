import { clientError, type DbcFailure } from '../errors';

/** The common request body after the client's parse_req_params (rest_api_service.cpp). */
export interface ParsedRequest {
  /** peer_nodes_list[0], or '' when the list is empty. */
  nodeId: string;
  additional: Record<string, unknown>;
  wallet: string;
  nonce: string;
  sign: string;
  multisig?: { wallets: string[]; threshold: number; signs: Array<{ wallet: string; nonce: string; sign: string }> };
  sessionId: string;
  sessionIdSign: string;
  rentOrder: string;
}

/** rapidjson-style parse error text from a JSON.parse failure ("Invalid value.(12)"). */
function parseErrorText(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const kind = text.trim() === '' ? 'The document is empty.' : /Unexpected end/.test(message) ? 'Missing a comma or \'}\' after an object member.' : 'Invalid value.';
  return `json parse error: ${kind}(${offset})`;
}

/** Body text → JSON object, with the client's 400 messages. */
export function parseJsonBody(text: string): Record<string, unknown> | DbcFailure {
  if (text === '') return clientError('http request body is empty');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return clientError(parseErrorText(error, text));
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return clientError('invalid json');
  return doc as Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function optionalString(doc: Record<string, unknown>, key: string): string | DbcFailure {
  if (!(key in doc)) return '';
  const value = doc[key];
  return typeof value === 'string' ? value : clientError(`${key} is not string`);
}

function parseMultisig(value: unknown): ParsedRequest['multisig'] | DbcFailure {
  if (!isObject(value)) return clientError('multisig_accounts is not object');
  if (!('wallets' in value)) return clientError('multisig_accounts has no member wallets');
  const wallets = value.wallets;
  if (!Array.isArray(wallets) || !wallets.every((w) => typeof w === 'string')) return clientError('multisig_accounts member wallets is not array');
  if (!('threshold' in value)) return clientError('multisig_accounts has no member threshold');
  if (typeof value.threshold !== 'string') return clientError('multisig_accounts member threshold is not string');
  if (!('signs' in value)) return clientError('multisig_accounts has no member signs');
  const signs = value.signs;
  const validSign = (s: unknown) => isObject(s) && typeof s.wallet === 'string' && typeof s.nonce === 'string' && typeof s.sign === 'string';
  if (!Array.isArray(signs) || !signs.every(validSign)) return clientError('multisig_accounts member signs is not array');
  return {
    wallets: wallets as string[],
    threshold: atoi(value.threshold),
    signs: (signs as Array<{ wallet: string; nonce: string; sign: string }>).map((s) => ({ wallet: s.wallet, nonce: s.nonce, sign: s.sign })),
  };
}

/** parse_req_params: required peer_nodes_list + additional, every optional auth field type-checked, in the client's order. */
export function parseRequestFields(doc: Record<string, unknown>): ParsedRequest | DbcFailure {
  if (!('peer_nodes_list' in doc)) return clientError('has no peer_nodes_list');
  const peers = doc.peer_nodes_list;
  if (!Array.isArray(peers)) return clientError('peer_nodes_list is not array');
  // The client reads element [0] as a string; anything else is refused the same way.
  if (peers.length > 0 && typeof peers[0] !== 'string') return clientError('peer_nodes_list is not array');
  if (!('additional' in doc)) return clientError('has no additional');
  if (!isObject(doc.additional)) return clientError('additional is not object');
  const strings = readStrings(doc, ['wallet', 'nonce', 'sign']);
  if (!Array.isArray(strings)) return strings;
  const [wallet = '', nonce = '', sign = ''] = strings;
  let multisig: ParsedRequest['multisig'];
  if ('multisig_accounts' in doc) {
    const parsed = parseMultisig(doc.multisig_accounts);
    if (parsed && 'errcode' in parsed) return parsed;
    multisig = parsed;
  }
  const session = readStrings(doc, ['session_id', 'session_id_sign', 'rent_order']);
  if (!Array.isArray(session)) return session;
  const [sessionId = '', sessionIdSign = '', rentOrder = ''] = session;
  return { nodeId: typeof peers[0] === 'string' ? peers[0] : '', additional: doc.additional, wallet, nonce, sign, multisig, sessionId, sessionIdSign, rentOrder };
}

/** Optional string fields in order; the first wrong type is the client's error. */
function readStrings(doc: Record<string, unknown>, keys: string[]): string[] | DbcFailure {
  const values: string[] = [];
  for (const key of keys) {
    const value = optionalString(doc, key);
    if (typeof value !== 'string') return value;
    values.push(value);
  }
  return values;
}

/** C atoi: leading integer, 0 when there is none. */
export function atoi(text: string): number {
  const match = /^\s*([+-]?\d+)/.exec(text);
  return match?.[1] ? Number.parseInt(match[1], 10) : 0;
}

/** JSON_PARSE_STRING: only JSON strings are read; numbers and the rest count as absent (''). */
export function stringField(additional: Record<string, unknown>, key: string): string {
  const value = additional[key];
  return typeof value === 'string' ? value : '';
}

export function stringArrayField(additional: Record<string, unknown>, key: string): string[] | undefined {
  const value = additional[key];
  if (!Array.isArray(value)) return undefined;
  return value.filter((item): item is string => typeof item === 'string');
}

/** check_wallet_sign: the three fields present (the node verifies the signature). */
export function hasWalletSign(req: ParsedRequest): boolean {
  return req.wallet !== '' && req.nonce !== '' && req.sign !== '';
}

/** check_multisig_wallets: threshold <= wallets and <= signs, each signer a member with all three fields. */
export function hasValidMultisig(req: ParsedRequest): boolean {
  const m = req.multisig;
  if (!m || m.threshold <= 0) return false;
  if (m.threshold > m.wallets.length || m.threshold > m.signs.length) return false;
  return m.signs.every((s) => m.wallets.includes(s.wallet) && s.wallet !== '' && s.nonce !== '' && s.sign !== '');
}

/** The client refuses to forward a node call without a session or a well-formed signature block. */
export function checkAuthShape(req: ParsedRequest): DbcFailure | undefined {
  if (req.sessionId !== '' && req.sessionIdSign !== '') return undefined;
  if (hasWalletSign(req) || hasValidMultisig(req)) return undefined;
  return clientError('wallet_sign and multisig_wallets all invalid');
}
