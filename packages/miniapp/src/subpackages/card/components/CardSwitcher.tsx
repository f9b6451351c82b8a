import { ScrollView, View } from '@tarojs/components';
import type { Card } from '@yika/sdk';
import { Chip } from '../../../components/Chip';
import { a11yProps } from '../../../lib/a11y';
import { cardLabel } from '../../../lib/cardDisplay';

/** The family's cards as chips (masked names): whose code to show. */
export function CardSwitcher({
  cards,
  selectedRef,
  onSelect,
}: {
  cards: readonly Card[];
  selectedRef: string;
  onSelect: (cardRef: string) => void;
}) {
  if (cards.length < 2) return null;
  return (
    <ScrollView
      scrollX
      className="card-code__switcher"
      {...a11yProps({ role: 'group', label: '切换家庭成员的健康卡' })}
    >
      <View id="card-switcher" className="card-code__switcher-row">
        {cards.map((card) => (
          <Chip
            key={card.id}
            label={cardLabel(card)}
            selected={card.id === selectedRef}
            onSelect={() => onSelect(card.id)}
          />
        ))}
      </View>
    </ScrollView>
  );
}
