import { Button, Card } from 'antd';
import { useT } from '@/shared/i18n/useT';
import { useJobs } from '@/shared/jobs/store';
import { PageHeader } from '@/shared/ui/PageHeader';
import { JobList } from '@/shared/jobs/JobList';

export function JobsPage() {
  const t = useT();
  const jobs = useJobs((state) => state.jobs);
  const clearFinished = useJobs((state) => state.clearFinished);
  return (
    <>
      <PageHeader
        title={t('jobs.title')}
        subtitle={t('jobs.subtitle')}
        extra={jobs.some((job) => job.status !== 'running') && <Button onClick={clearFinished}>{t('jobs.clearFinished')}</Button>}
      />
      <Card>
        <JobList jobs={jobs} />
      </Card>
    </>
  );
}
