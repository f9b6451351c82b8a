import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11yProps } from '../../lib/a11y';
import { ROUTES } from '../../services/routes';
import './booking-entries.scss';

const ENTRIES = [
  { id: 'home-earliest', title: '最早可约', hint: '全市医院最早的号', url: ROUTES.bookingEarliest },
  { id: 'home-search', title: '找医生', hint: '按医生、科室搜索', url: ROUTES.bookingSearch },
  { id: 'home-bills', title: '门诊缴费', hint: '医保在线结算', url: ROUTES.payBills },
] as const;

/**
 * Home's entries: two ways into booking and outpatient payment (门诊缴费). Plain navigation: nothing is
 * fetched until the resident opens one.
 */
export function BookingEntries() {
  return (
    <View className="booking-entries">
      {ENTRIES.map((entry) => (
        <View
          key={entry.id}
          id={entry.id}
          className="booking-entries__entry"
          onClick={() => void Taro.navigateTo({ url: entry.url })}
          {...a11yProps({ role: 'link', label: `${entry.title}，${entry.hint}`, focusable: true })}
        >
          <Text className="booking-entries__title">{entry.title} ›</Text>
          <Text className="booking-entries__hint">{entry.hint}</Text>
        </View>
      ))}
    </View>
  );
}
