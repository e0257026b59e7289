import { DesktopOutlined, MoonOutlined, SunOutlined } from '@ant-design/icons';
import { Segmented, Select, Tooltip } from 'antd';
import type { Locale } from '@/i18n';
import { useT } from '../i18n/useT';
import { usePreferences, type ThemeChoice } from './store';

const LANGUAGE_LABELS: Record<Locale, string> = { 'zh-CN': '简体中文', en: 'English' };

export function LanguageSelect({ width = 120 }: { width?: number }) {
  const t = useT();
  const locale = usePreferences((state) => state.locale);
  const setLocale = usePreferences((state) => state.setLocale);
  return (
    <Select<Locale>
      aria-label={t('header.language')}
      data-testid="language-select"
      value={locale}
      onChange={setLocale}
      style={{ width }}
      options={(Object.keys(LANGUAGE_LABELS) as Locale[]).map((value) => ({ value, label: LANGUAGE_LABELS[value] }))}
    />
  );
}

export function ThemeSegmented({ withLabels = false }: { withLabels?: boolean }) {
  const t = useT();
  const theme = usePreferences((state) => state.theme);
  const setTheme = usePreferences((state) => state.setTheme);
  const option = (value: ThemeChoice, icon: React.ReactNode, label: string) => ({
    value,
    label: withLabels ? label : <Tooltip title={label}><span aria-label={label}>{icon}</span></Tooltip>,
    icon: withLabels ? icon : undefined,
  });
  return (
    <Segmented<ThemeChoice>
      aria-label={t('header.theme')}
      data-testid="theme-switch"
      value={theme}
      onChange={setTheme}
      options={[
        option('light', <SunOutlined />, t('theme.light')),
        option('dark', <MoonOutlined />, t('theme.dark')),
        option('system', <DesktopOutlined />, t('theme.system')),
      ]}
    />
  );
}
