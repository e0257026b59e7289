import { Typography } from 'antd';
import { EllipsisText } from './EllipsisText';
import styles from './table-cells.module.css';

/** At or above this share a resource shows in the error colour. */
export const USAGE_ALERT_PERCENT = 90;

interface Props {
  /** 0..100; undefined when the provider did not say. */
  percent?: number;
  /** A second line under the bar (e.g. "12 GiB free of 64 GiB"). */
  label?: string;
}

/**
 * A resource-use bar for table cells: a few plain elements coloured by antd's CSS variables. antd's Progress
 * is made for one bar on a page; a 500-node table draws four per row and each costs whole frames in a fling.
 */
export function UsageBar({ percent, label }: Props) {
  if (percent === undefined) return <Typography.Text type="secondary">{label ?? '—'}</Typography.Text>;
  const value = Math.min(100, Math.max(0, Math.round(percent)));
  const alert = value >= USAGE_ALERT_PERCENT;
  return (
    <div className={styles.usage}>
      <div className={styles.usageLine}>
        <div role="progressbar" aria-valuenow={value} aria-valuemin={0} aria-valuemax={100} aria-label={label} data-alert={alert || undefined} className={styles.track}>
          <div className={styles.fill} style={{ width: `${value}%` }} />
        </div>
        <Typography.Text className={styles.percent} type={alert ? 'danger' : undefined}>{`${value}%`}</Typography.Text>
      </div>
      {label && <EllipsisText type="secondary" title={label} small>{label}</EllipsisText>}
    </div>
  );
}
