import { ScrollView, Text, View } from '@tarojs/components';
import { a11yProps, choiceA11y } from '../../../lib/a11y';
import type { DateStripItem } from '../../../lib/dateStrip';

function dayElementId(date: string): string {
  return `date-${date}`;
}

/**
 * The 14 days side by side. Each day says its weekday, date, availability in words and what remains;
 * the chosen day is marked by a border, bold text and "已选" for screen readers, not by colour alone.
 */
export function DateStrip({
  items,
  selectedDate,
  onSelect,
}: {
  items: DateStripItem[];
  selectedDate: string | null;
  onSelect: (date: string) => void;
}) {
  return (
    <ScrollView
      scrollX
      scrollIntoView={selectedDate ? dayElementId(selectedDate) : undefined}
      className="date-strip"
      {...a11yProps({ role: 'group', label: '选择就诊日期' })}
    >
      <View id="date-strip" className="date-strip__row">
        {items.map((item) => {
          const selected = item.date === selectedDate;
          return (
            <View
              key={item.date}
              id={dayElementId(item.date)}
              className={`date-strip__day date-strip__day--${item.status}${selected ? ' date-strip__day--selected' : ''}`}
              onClick={() => onSelect(item.date)}
              {...a11yProps(choiceA11y('filter', item.label, selected))}
            >
              <Text className="date-strip__weekday">{item.dayName}</Text>
              <Text className="date-strip__date">{item.shortDate}</Text>
              <Text className="date-strip__status">{item.statusText}</Text>
              <Text className="date-strip__detail">{item.detailText || ' '}</Text>
            </View>
          );
        })}
      </View>
    </ScrollView>
  );
}
