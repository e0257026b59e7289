import { Card, Form } from 'antd';
import { useT } from '@/shared/i18n/useT';
import { LanguageSelect, ThemeSegmented } from '@/shared/preferences/Controls';

export function PreferencesPage() {
  const t = useT();
  return (
    <Card title={t('preferences.title')} style={{ maxWidth: 640 }}>
      <Form layout="horizontal" labelCol={{ span: 6 }}>
        <Form.Item label={t('preferences.language')}>
          <LanguageSelect width={200} />
        </Form.Item>
        <Form.Item label={t('preferences.theme')}>
          <ThemeSegmented withLabels />
        </Form.Item>
      </Form>
    </Card>
  );
}
