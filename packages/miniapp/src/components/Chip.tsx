import { Text, View } from '@tarojs/components';
import { a11yProps, choiceA11y, type ChoiceKind } from '../lib/a11y';
import './chip.scss';

/** A filter choice. The chosen one is marked by a tick and bold text, not by colour alone. */
export function Chip({
  label,
  selected,
  onSelect,
  kind = 'filter',
}: {
  label: string;
  selected: boolean;
  onSelect: () => void;
  kind?: ChoiceKind;
}) {
  return (
    <View
      className={`yika-chip${selected ? ' yika-chip--selected' : ''}`}
      onClick={onSelect}
      {...a11yProps(choiceA11y(kind, label, selected))}
    >
      <Text>{selected ? `✓ ${label}` : label}</Text>
    </View>
  );
}
