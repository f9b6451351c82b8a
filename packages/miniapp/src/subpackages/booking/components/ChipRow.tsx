import { ScrollView, View } from '@tarojs/components';
import { Chip } from '../../../components/Chip';
import { a11yProps } from '../../../lib/a11y';

/** One choice among many, as a sideways-scrolling row of chips. */
export function ChipRow<Code extends string>({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  /** What the group chooses, for screen readers (按科室类别选择). */
  label: string;
  options: ReadonlyArray<{ code: Code; name: string }>;
  value: Code | null;
  onChange: (code: Code) => void;
}) {
  return (
    <ScrollView scrollX className="chip-row" {...a11yProps({ role: 'group', label })}>
      <View id={id} className="chip-row__items">
        {options.map((option) => (
          <Chip
            key={option.code}
            label={option.name}
            selected={option.code === value}
            onSelect={() => onChange(option.code)}
          />
        ))}
      </View>
    </ScrollView>
  );
}
