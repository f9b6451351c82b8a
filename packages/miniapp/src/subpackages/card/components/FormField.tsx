import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { a11yProps } from '../../../lib/a11y';

/** A labelled form row with its message underneath (⚠ and words, not a red border alone). */
export function FormField({
  id,
  label,
  optional = false,
  error,
  errorId = `apply-${id}-error`,
  children,
}: {
  /** The field's name in ids: its message is `#apply-<id>-error` unless `errorId` says otherwise. */
  id: string;
  errorId?: string;
  label: string;
  optional?: boolean;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <View className={`card-form__field${error ? ' card-form__field--invalid' : ''}`}>
      <Text className="card-form__label">
        {label}
        {optional ? <Text className="card-form__optional">（选填）</Text> : null}
      </Text>
      {children}
      {error ? (
        <Text id={errorId} className="yika-field-error" {...a11yProps({ role: 'alert' })}>
          ⚠ {error}
        </Text>
      ) : null}
    </View>
  );
}
