import { isProviderError, type ProviderError } from '@/api/errors';
import type { Locale, MessageKey, Translate } from '@/i18n';

/** A message a provider (or an adapter) may also give in Chinese. */
interface BilingualMessage {
  message: string;
  messageZh?: string;
}

/** The Chinese text for a Chinese reader when there is one, the provider's own message otherwise. */
export function messageFor(error: BilingualMessage, locale: Locale): string {
  return locale === 'zh-CN' && error.messageZh ? error.messageZh : error.message;
}

/** The message in the reader's language first, the other one second when the provider gave both. */
export function localizedMessages(error: BilingualMessage, locale: Locale): { primary: string; secondary?: string } {
  const primary = messageFor(error, locale);
  const other = primary === error.message ? error.messageZh : error.message;
  return other && other !== primary ? { primary, secondary: other } : { primary };
}

/**
 * Failures the console itself describes (no answer, no answer in time, not the provider's API at this path, a
 * body it cannot read): their text is the console's, so it comes from the catalogue in the reader's language
 * alone, never with the English the api layer logs beside it.
 */
const CONSOLE_TEXT: Partial<Record<string, MessageKey>> = {
  NETWORK: 'error.console.network',
  TIMEOUT: 'error.console.timeout',
  NOT_API: 'error.console.notApi',
  BAD_RESPONSE: 'error.console.badResponse',
  OUTCOME_UNKNOWN: 'jobsSafety.outcomeUnknown',
};

export function consoleMessage(error: ProviderError, t: Translate): string | undefined {
  const key = CONSOLE_TEXT[error.code];
  const text = key && t(key, { provider: t(`provider.${error.provider}`), status: error.httpStatus });
  // An unknown outcome after the provider's own answer (a 504, DBC's -1) keeps that answer in sight: its code and words.
  return text && error.code === 'OUTCOME_UNKNOWN' && error.details ? `${text} (${error.details})` : text;
}

export function errorTitle(error: unknown, t: Translate): string {
  if (!isProviderError(error)) return t('error.kind.unknown');
  return `${t(`provider.${error.provider}`)} · ${t(`error.kind.${error.kind}`)}`;
}

/** One notification per distinct failure: a poll failing every 5 s updates it instead of stacking copies. */
export function errorKey(error: unknown): string {
  if (!isProviderError(error)) return `error:${error instanceof Error ? error.message : String(error)}`;
  return `error:${error.provider}:${error.code}:${error.message}`;
}
