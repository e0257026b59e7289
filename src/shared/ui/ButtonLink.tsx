import { createLink } from '@tanstack/react-router';
import { Button, type ButtonProps } from 'antd';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

type AnchorButtonProps = Omit<ButtonProps, 'href'> & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof ButtonProps>;

/** antd's Button drawn as an `<a>` (it renders one when given href). */
const AnchorButton = forwardRef<HTMLAnchorElement, AnchorButtonProps & { href?: string }>((props, ref) => <Button {...props} ref={ref as never} />);
AnchorButton.displayName = 'AnchorButton';

/** A typed router link that looks like an antd Button: `to`, `params` and `search` are checked against the routes. */
export const ButtonLink = createLink(AnchorButton);
