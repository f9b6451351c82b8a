import { Text, View } from '@tarojs/components';
import type { ReportBadge } from '../../lib/reportList';
import './report-badges.scss';

/** 危急 / 异常 / 互认 as a symbol and words; the border style (double, solid, dashed) adds to them. */
export function ReportBadges({ badges }: { badges: readonly ReportBadge[] }) {
  if (badges.length === 0) return null;
  return (
    <View className="report-badges">
      {badges.map((badge) => (
        <Text key={badge.kind} className={`report-badge report-badge--${badge.kind}`}>
          {badge.icon} {badge.text}
        </Text>
      ))}
    </View>
  );
}
