import { Text } from '@tarojs/components';
import { phoneForDisplay } from '../lib/display';

/** A phone number as residents see it: always masked (138****5678). */
export function MaskedPhone({ phone, className }: { phone: string | undefined; className?: string }) {
  return <Text className={className}>{phoneForDisplay(phone)}</Text>;
}
