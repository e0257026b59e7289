import { UnorderedListOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Flex, Typography } from 'antd';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '@/shared/i18n/useT';
import { selectRunning, useJobs } from '@/shared/jobs/store';
import { JobList } from '@/shared/jobs/JobList';

/** Header button with the number of running jobs; the drawer lists them on any page. */
export default function JobsDrawer() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const jobs = useJobs((state) => state.jobs);
  const running = useJobs(useShallow(selectRunning)).length;
  const clearFinished = useJobs((state) => state.clearFinished);
  return (
    <>
      <Badge count={running} size="small" offset={[-4, 4]}>
        <Button icon={<UnorderedListOutlined />} onClick={() => setOpen(true)} data-testid="jobs-open" aria-label={t('jobs.open')}>
          {t('jobs.open')}
        </Button>
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        size={480}
        title={t('jobs.drawerTitle')}
        data-testid="jobs-drawer"
        extra={jobs.some((job) => job.status !== 'running') && <Button size="small" onClick={clearFinished}>{t('jobs.clearFinished')}</Button>}
      >
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('jobs.subtitle')}</Typography.Text>
          <Link to="/jobs" onClick={() => setOpen(false)}>{t('jobs.viewAll')}</Link>
          <JobList jobs={jobs} />
        </Flex>
      </Drawer>
    </>
  );
}
