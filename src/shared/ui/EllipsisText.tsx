import { Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import styles from './table-cells.module.css';

interface Props {
  children: ReactNode;
  /** Shown on hover (native title): the full text the ellipsis may cut. */
  title?: string;
  maxWidth?: number;
  /** 12 px, the size of secondary cell text. */
  small?: boolean;
  type?: 'secondary' | 'danger' | 'warning' | 'success';
  'data-testid'?: string;
}

/**
 * One line cut by CSS with the full text on hover. For table cells: antd's `ellipsis` measures every cell
 * with a ResizeObserver, which costs whole frames while a virtual table of thousands of rows scrolls.
 */
export function EllipsisText({ children, title, maxWidth, small, type, ...rest }: Props) {
  const style: CSSProperties | undefined = maxWidth === undefined ? undefined : { maxWidth };
  return (
    <Typography.Text type={type} title={title} className={small ? `${styles.ellipsis} ${styles.small}` : styles.ellipsis} style={style} {...rest}>
      {children}
    </Typography.Text>
  );
}
