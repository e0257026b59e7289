import { useCallback } from 'react';
import { translate, type MessageKey, type MessageParams, type Translate } from '@/i18n';
import { usePreferences } from '../preferences/store';

/** The translate function for the chosen locale; components re-render when the locale changes. */
export function useT(): Translate {
  const locale = usePreferences((state) => state.locale);
  return useCallback((key: MessageKey, params?: MessageParams) => translate(locale, key, params), [locale]);
}

export function useLocale() {
  return usePreferences((state) => state.locale);
}
