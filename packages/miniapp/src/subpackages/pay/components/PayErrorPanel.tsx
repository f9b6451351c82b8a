import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../../components/ActionButton';
import { a11yProps } from '../../../lib/a11y';
import type { PayErrorOutcome } from '../../../lib/payErrors';
import '../../../components/states.scss';

/** A refusal of the payment flow: what happened, in words, and the one next step. */
export function PayErrorPanel({ outcome, onAction }: { outcome: PayErrorOutcome; onAction: () => void }) {
  return (
    <View id="pay-error" className="yika-card yika-state yika-state--error" {...a11yProps({ role: 'alert' })}>
      <Text className="yika-state__title">⚠ {outcome.title}</Text>
      <Text className="yika-state__hint">{outcome.message}</Text>
      <ActionButton id="pay-error-action" className="yika-state__action" onClick={onAction}>
        {outcome.actionText}
      </ActionButton>
    </View>
  );
}
