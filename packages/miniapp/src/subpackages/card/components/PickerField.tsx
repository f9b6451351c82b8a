import { Picker, Text, View } from '@tarojs/components';
import { a11yProps } from '../../../lib/a11y';

/** The face of a picker: what is chosen (or a prompt) and an arrow, as large as any other field. */
function PickerFace({
  id,
  text,
  placeholder,
  label,
}: {
  id: string;
  text: string;
  placeholder: string;
  label: string;
}) {
  return (
    <View
      id={id}
      className="card-form__picker"
      {...a11yProps({ role: 'button', label: `${label}：${text || '未选择'}`, focusable: true })}
    >
      <Text className={text ? '' : 'card-form__placeholder'}>{text || placeholder}</Text>
      <Text className="card-form__arrow">›</Text>
    </View>
  );
}

/** A list picker (证件类型, 民族) over `{ code, name }` options. */
export function SelectorPicker<Code extends string>({
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
  const index = options.findIndex((option) => option.code === value);
  return (
    <Picker
      mode="selector"
      range={options.map((option) => option.name)}
      value={Math.max(0, index)}
      onChange={(event) => {
        const chosen = options[Number(event.detail.value)];
        if (chosen) onChange(chosen.code);
      }}
    >
      <PickerFace id={id} label={label} text={options[index]?.name ?? ''} placeholder={`请选择${label}`} />
    </Picker>
  );
}

/** A date picker (出生日期) between 1900-01-01 and today. */
export function DatePicker({
  id,
  label,
  value,
  today,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  today: string;
  onChange: (date: string) => void;
}) {
  return (
    <Picker
      mode="date"
      value={value || '1990-01-01'}
      start="1900-01-01"
      end={today}
      onChange={(event) => onChange(String(event.detail.value))}
    >
      <PickerFace id={id} label={label} text={value} placeholder={`请选择${label}`} />
    </Picker>
  );
}
