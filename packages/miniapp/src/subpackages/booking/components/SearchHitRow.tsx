import { Text, View } from '@tarojs/components';
import { a11yProps } from '../../../lib/a11y';
import type { SearchRow } from '../../../lib/searchResults';

/** A doctor or a department found; the kind is written on the row (医生 / 科室). */
export function SearchHitRow({ row, onOpen }: { row: SearchRow; onOpen: (row: SearchRow) => void }) {
  return (
    <View
      className={`search-hit search-hit--${row.kind}`}
      onClick={() => onOpen(row)}
      {...a11yProps({ role: 'link', label: row.label, focusable: true })}
    >
      <View className="search-hit__head">
        <Text className="booking__badge">{row.kindName}</Text>
        <Text className="search-hit__title">{row.title}</Text>
      </View>
      <Text className="search-hit__subtitle">{row.subtitle}</Text>
      <Text className="search-hit__detail">{row.detail}</Text>
    </View>
  );
}
