import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Popover, Typography } from 'antd';
import type { MessageKey } from '@/i18n';
import { useT } from '@/shared/i18n/useT';

const SHORTCUTS: Array<{ keys: string[]; what: MessageKey }> = [
  { keys: ['↑', '↓'], what: 'snapshots.help.updown' },
  { keys: ['→'], what: 'snapshots.help.right' },
  { keys: ['←'], what: 'snapshots.help.left' },
  { keys: ['Home', 'End'], what: 'snapshots.help.homeEnd' },
  { keys: ['Enter'], what: 'snapshots.help.enter' },
  { keys: ['Delete'], what: 'snapshots.help.delete' },
];

/** The tree's keyboard shortcuts, one click (or Enter) away. */
export function ShortcutsHelp() {
  const t = useT();
  const content = (
    <table data-testid="snapshot-shortcuts" style={{ borderSpacing: '12px 4px' }}>
      <tbody>
        {SHORTCUTS.map((s) => (
          <tr key={s.what}>
            <td>{s.keys.map((k) => <Typography.Text key={k} keyboard>{k}</Typography.Text>)}</td>
            <td>{t(s.what)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Popover trigger="click" title={t('snapshots.help.title')} content={content}>
      <Button icon={<QuestionCircleOutlined />}>{t('snapshots.help.button')}</Button>
    </Popover>
  );
}
