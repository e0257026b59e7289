import { Card, Empty } from 'antd';
import type { MessageKey } from '@/i18n';
import { useT } from '@/shared/i18n/useT';
import { PageHeader } from '@/shared/ui/PageHeader';

/** Snapshots and Images are built by their own issues; until then the page says so (the overview already links here). */
export function AreaPage({ area }: { area: MessageKey }) {
  const t = useT();
  const name = t(area);
  return (
    <>
      <PageHeader title={name} />
      <Card>
        <Empty description={<><strong>{t('area.comingTitle', { area: name })}</strong><br />{t('area.comingBody')}</>} />
      </Card>
    </>
  );
}
