import { Text, View } from '@tarojs/components';
import { a11yProps } from '../lib/a11y';
import './entry-row.scss';

/** A row that opens another page (我的健康卡, 家庭成员): a full-width tap target with a visible arrow. */
export function EntryRow({
  id,
  title,
  hint,
  onOpen,
}: {
  id?: string;
  title: string;
  hint?: string;
  onOpen: () => void;
}) {
  return (
    <View
      id={id}
      className="entry-row"
      onClick={onOpen}
      {...a11yProps({ role: 'link', label: hint ? `${title}，${hint}` : title, focusable: true })}
    >
      <View className="entry-row__text">
        <Text className="entry-row__title">{title}</Text>
        {hint ? <Text className="entry-row__hint">{hint}</Text> : null}
      </View>
      <Text className="entry-row__arrow">›</Text>
    </View>
  );
}
