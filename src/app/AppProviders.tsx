import { App as AntApp, ConfigProvider, theme as antTheme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { NotificationBridge } from '@/shared/errors/notify';
import { TOAST_TOP } from './shell/header';
import { setDayjsLocale } from '@/shared/format';
import { useT } from '@/shared/i18n/useT';
import { usePreferences } from '@/shared/preferences/store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeSystemTheme(onChange: () => void) {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** Follows the OS setting live while the user chose "follow system". */
export function useSystemDark(): boolean {
  return useSyncExternalStore(subscribeSystemTheme, () => window.matchMedia(DARK_QUERY).matches, () => false);
}

export function useResolvedTheme(): 'light' | 'dark' {
  const choice = usePreferences((state) => state.theme);
  const systemDark = useSystemDark();
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/** antd theme and locale, dayjs locale, document language: all follow the preferences store. */
export function AppProviders({ children }: { children: ReactNode }) {
  const locale = usePreferences((state) => state.locale);
  const resolved = useResolvedTheme();
  const t = useT();
  useEffect(() => {
    setDayjsLocale(locale);
    document.documentElement.lang = locale;
    document.documentElement.dataset.theme = resolved;
    document.title = t('app.name');
  }, [locale, resolved, t]);
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      theme={{ algorithm: resolved === 'dark' ? antTheme.darkAlgorithm : antTheme.defaultAlgorithm, token: { colorPrimary: '#2f6fed', borderRadius: 6 } }}
      // antd spaces out two-character Chinese labels ("启 动") but no others: labels stay as written.
      button={{ autoInsertSpace: false }}
    >
      <AntApp style={{ minHeight: '100vh' }} message={{ top: TOAST_TOP }} notification={{ top: TOAST_TOP }}>
        <NotificationBridge t={t} />
        {children}
      </AntApp>
    </ConfigProvider>
  );
}
