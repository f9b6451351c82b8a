import { Text, View } from '@tarojs/components';
import type { Schedule, Slot } from '@yika/sdk';
import { a11yProps, choiceA11y } from '../../../lib/a11y';
import { slotRow } from '../../../lib/slotChoice';
import { ClockText } from '../../../components/ClockText';

/**
 * The schedule's time slots, two a row. A full slot says 约满 (one that has begun 已过时) and cannot be
 * picked; the picked one is marked by a tick, a border and "已选", not by colour alone.
 */
export function SlotGrid({
  slots,
  schedule,
  selectedId,
  onSelect,
}: {
  slots: Slot[];
  schedule: Schedule;
  selectedId: string | null;
  onSelect: (slotId: string) => void;
}) {
  const nowMs = Date.now();
  return (
    <View id="slot-list" className="slot-grid" {...a11yProps({ role: 'group', label: '选择就诊时段' })}>
      {slots.map((slot) => {
        const row = slotRow(slot, schedule, nowMs);
        const selected = row.id === selectedId && row.selectable;
        const classes = ['slot-row'];
        if (!row.selectable) classes.push('slot-row--disabled');
        if (selected) classes.push('slot-row--selected');
        return (
          <View
            key={row.id}
            className={classes.join(' ')}
            onClick={row.selectable ? () => onSelect(row.id) : undefined}
            {...a11yProps({ ...choiceA11y('filter', row.label, selected), disabled: !row.selectable })}
          >
            <ClockText className="slot-row__time" text={`${selected ? '✓ ' : ''}${row.timeText}`} />
            <Text className="slot-row__state">{row.stateText}</Text>
          </View>
        );
      })}
    </View>
  );
}
