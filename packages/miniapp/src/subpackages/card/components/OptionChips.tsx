import { View } from '@tarojs/components';
import { Chip } from '../../../components/Chip';
import { a11yProps } from '../../../lib/a11y';

/** A choice among a few options shown all at once (性别, 与本人关系): one tap, nothing hidden in a wheel. */
export function OptionChips<Code extends string>({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: ReadonlyArray<{ code: Code; name: string }>;
  value: Code | '';
  onChange: (code: Code) => void;
}) {
  return (
    <View id={id} className="card-form__chips" {...a11yProps({ role: 'group', label })}>
      {options.map((option) => (
        <Chip
          key={option.code}
          label={option.name}
          selected={option.code === value}
          onSelect={() => onChange(option.code)}
        />
      ))}
    </View>
  );
}
