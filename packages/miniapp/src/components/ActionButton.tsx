import { Button } from '@tarojs/components';
import type { ReactNode } from 'react';
import { a11yProps } from '../lib/a11y';

/** The app's button: visible Chinese text, a tap target of at least 44 pt, a role and label on every platform. */
export function ActionButton({
  children,
  onClick,
  variant = 'primary',
  block = false,
  disabled = false,
  label,
  id,
  className,
}: {
  children: ReactNode;
  onClick: () => void;
  variant?: 'primary' | 'secondary';
  block?: boolean;
  disabled?: boolean;
  /** For screen readers, when the visible text alone is not enough (e.g. "重试" of what). */
  label?: string;
  id?: string;
  className?: string;
}) {
  const classes = ['yika-button', `yika-button--${variant}`];
  if (block) classes.push('yika-button--block');
  if (disabled) classes.push('yika-button--disabled');
  if (className) classes.push(className);
  return (
    <Button
      id={id}
      className={classes.join(' ')}
      // Only when true: on H5 a `disabled="false"` attribute would still count as disabled.
      {...(disabled ? { disabled: true } : {})}
      onClick={() => {
        if (!disabled) onClick();
      }}
      {...a11yProps({ role: 'button', label, focusable: true, disabled })}
    >
      {children}
    </Button>
  );
}
