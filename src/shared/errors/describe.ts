import { isProviderError, type ProviderError } from '@/api/errors';
import type { Locale, MessageKey, Translate } from '@/i18n';

/** The message in the reader's language first, the other one second when the provider gave both. */
export function localizedMessages(error: ProviderError, locale: Locale): { primary: string; secondary?: string } {
  if (!error.messageZh || error.messageZh === error.message) return { primary: error.messageZh ?? error.message };
  return locale === 'zh-CN' ? { primary: error.messageZh, secondary: error.message } : { primary: error.message, secondary: error.messageZh };
}

export function errorTitle(error: unknown, t: Translate): string {
  if (!isProviderError(error)) return t('error.kind.unknown');
  return `${t(`provider.${error.provider}` as MessageKey)} · ${t(`error.kind.${error.kind}` as MessageKey)}`;
}

/** One notification per distinct failure: a poll failing every 5 s updates it instead of stacking copies. */
export function errorKey(error: unknown): string {
  if (!isProviderError(error)) return `error:${error instanceof Error ? error.message : String(error)}`;
  return `error:${error.provider}:${error.code}:${error.message}`;
}
