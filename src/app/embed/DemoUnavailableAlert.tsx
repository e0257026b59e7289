import { Alert } from 'antd';
import { useT } from '@/shared/i18n/useT';
import { useEmbed } from '@/shared/embed';

/** The demo's emulators could not start here (no service worker or storage): say so instead of failing requests. */
export function DemoUnavailableAlert() {
  const t = useT();
  if (!useEmbed((state) => state.demoUnavailable)) return null;
  return <Alert type="warning" showIcon data-testid="demo-unavailable" title={t('embed.demoUnavailable.title')} description={t('embed.demoUnavailable.body')} style={{ marginBottom: 12 }} />;
}
