import { Card, Empty } from 'antd';
import { useT } from '@/shared/i18n/useT';
import { PageHeader } from '@/shared/ui/PageHeader';

export function JobsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('jobs.title')} />
      <Card>
        <Empty description={t('jobs.empty')} />
      </Card>
    </>
  );
}
