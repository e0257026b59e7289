import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { parseNodeIds } from '@/domain/nodes/types';
import { reportSuccess } from '@/shared/errors/notify';
import { useT } from '@/shared/i18n/useT';
import { readNodeIds, useNodeIds } from '@/shared/nodes/store';

/**
 * Paste one or many node ids. Valid ids are added at once; invalid tokens stay in the box, named in the
 * message, so nothing the user pasted is lost.
 */
export function AddNodeIds({ connectionId }: { connectionId: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  const submit = () => {
    const { valid, invalid } = parseNodeIds(text);
    if (valid.length === 0 && invalid.length === 0) {
      setError(t('nodes.add.empty'));
      return;
    }
    const known = readNodeIds(connectionId);
    const fresh = valid.filter((id) => !known.includes(id));
    if (fresh.length) {
      useNodeIds.getState().add(connectionId, fresh);
      reportSuccess([t('nodes.add.added', { count: fresh.length }), valid.length > fresh.length ? t('nodes.add.already', { count: valid.length - fresh.length }) : ''].filter(Boolean).join(' · '));
    } else if (valid.length) reportSuccess(t('nodes.add.already', { count: valid.length }));
    setText(invalid.join('\n'));
    setError(invalid.length ? t('nodes.add.invalid', { ids: invalid.join(', ') }) : undefined);
  };

  return (
    <Form layout="vertical" onFinish={submit} data-testid={`add-nodes-${connectionId}`}>
      <Form.Item label={t('nodes.add.label')} validateStatus={error ? 'error' : undefined} help={error} style={{ marginBottom: 8 }}>
        <Space.Compact style={{ width: '100%' }}>
          <Input.TextArea
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setError(undefined);
            }}
            placeholder={t('nodes.add.placeholder')}
            autoSize={{ minRows: 1, maxRows: 6 }}
            spellCheck={false}
            aria-label={t('nodes.add.label')}
          />
          <Button type="primary" htmlType="submit" data-testid="add-nodes-submit">
            {t('nodes.add.button')}
          </Button>
        </Space.Compact>
      </Form.Item>
    </Form>
  );
}
