import { Text, View } from '@tarojs/components';
import { a11yProps } from '../lib/a11y';
import './chip.scss';

/** A filter choice. The chosen one is marked by a tick and bold text, not by colour alone. */
export function Chip({
  label,
  selected,
  onSelect,
}: {
  label: string;
  selected: boolean;
  onSelect: () => void;
}) {
  return (
    <View
      className={`yika-chip${selected ? ' yika-chip--selected' : ''}`}
      onClick={onSelect}
      {...a11yProps({
        role: 'button',
        label: selected ? `${label}，已选` : label,
        focusable: true,
        pressed: selected,
      })}
    >
      <Text>{selected ? `✓ ${label}` : label}</Text>
    </View>
  );
}
