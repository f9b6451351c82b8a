import { ScrollView, View } from '@tarojs/components';
import { a11yProps, choiceGroupA11y, type ChoiceKind } from '../lib/a11y';
import { Chip } from './Chip';

/**
 * One choice among options, shown as chips: all in view (性别, 与本人关系), or as a sideways-scrolling row
 * when there are many (科室类别, 区县). `className` styles the group; a scrolling row (yika-chip-scroll) has
 * an inner strip that `<className>__items` styles (its padding).
 */
export function ChipGroup<Code extends string>({
  id,
  label,
  options,
  value,
  onChange,
  className,
  scrollable = false,
  kind = 'filter',
}: {
  id: string;
  /** What the group chooses, for screen readers (按科室类别选择). */
  label: string;
  options: ReadonlyArray<{ code: Code; name: string }>;
  /** The chosen code; null or '' when nothing is chosen yet. */
  value: Code | null | '';
  onChange: (code: Code) => void;
  className: string;
  scrollable?: boolean;
  /** `tabs` when the choice switches the whole list below (即将就诊 / 历史预约 / 候补). */
  kind?: ChoiceKind;
}) {
  const chips = options.map((option) => (
    <Chip
      key={option.code}
      label={option.name}
      selected={option.code === value}
      onSelect={() => onChange(option.code)}
      kind={kind}
    />
  ));
  const group = a11yProps(choiceGroupA11y(kind, label));
  if (!scrollable) {
    return (
      <View id={id} className={className} {...group}>
        {chips}
      </View>
    );
  }
  return (
    <ScrollView scrollX className={`yika-chip-scroll ${className}`} {...group}>
      <View id={id} className={`yika-chip-scroll__items ${className}__items`}>
        {chips}
      </View>
    </ScrollView>
  );
}
