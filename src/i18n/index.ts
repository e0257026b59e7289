import { en, zhCN, type MessageKey } from './catalogue';

export type Locale = 'zh-CN' | 'en';
export type { MessageKey };

export const catalogues: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

export type MessageParams = Record<string, string | number>;

/** Looks a key up and fills `{name}` placeholders; a missing param stays visible as `{name}` rather than vanishing. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  // An unknown key (a provider word used as a key) shows as itself rather than crashing.
  const template: string = catalogues[locale][key] ?? en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** For keys built from data (a job's action word): true when the catalogue has it. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Best first guess for a new visitor, from the browser's languages. */
export function detectLocale(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): Locale {
  return languages.some((lang) => lang.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}
