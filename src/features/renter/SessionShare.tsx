import { Descriptions, Typography } from 'antd';
import { useT } from '@/shared/i18n/useT';

/** The session pair with copy buttons, so the renter can hand it to others. */
export function SessionShare({ sessionId, sessionIdSign }: { sessionId: string; sessionIdSign?: string }) {
  const t = useT();
  return (
    <>
      <Descriptions size="small" column={1} bordered data-testid="renter-session">
        <Descriptions.Item label={t('renter.sessionId')}>
          <Typography.Text code copyable={{ text: sessionId }} data-testid="renter-session-id">
            {sessionId}
          </Typography.Text>
        </Descriptions.Item>
        {sessionIdSign && (
          <Descriptions.Item label={t('renter.sessionIdSign')}>
            <Typography.Text code copyable={{ text: sessionIdSign }} style={{ wordBreak: 'break-all' }}>
              {`${sessionIdSign.slice(0, 18)}…${sessionIdSign.slice(-8)}`}
            </Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('renter.shareHint')}
      </Typography.Text>
    </>
  );
}
