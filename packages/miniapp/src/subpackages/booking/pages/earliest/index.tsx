import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { DepartmentKind } from '@yika/sdk';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { Page } from '../../../../components/Page';
import { usePullToRefresh } from '../../../../hooks/usePullToRefresh';
import {
  EARLIEST_KIND_OPTIONS,
  EARLIEST_START_OPTIONS,
  type EarliestRow,
} from '../../../../lib/earliestSlots';
import { pageParam } from '../../../../lib/routeParams';
import { bookingSlotsUrl } from '../../../../services/routes';
import { ChipGroup } from '../../../../components/ChipGroup';
import { EarliestSlotRow } from '../../components/EarliestSlotRow';
import { useEarliestSlots, type EarliestSlots } from '../../useEarliestSlots';
import '../../booking.scss';

const ALL_DISTRICTS = 'all';

function kindParam(value: string | undefined): DepartmentKind | null {
  return EARLIEST_KIND_OPTIONS.find((option) => option.code === value)?.code ?? null;
}

const openRow = (row: EarliestRow) =>
  void Taro.navigateTo({ url: bookingSlotsUrl(row.scheduleId, row.hospitalId) });

function EarliestResults({ earliest }: { earliest: EarliestSlots }) {
  const { kind, district, start, slots } = earliest;
  if (kind === null) {
    return (
      <View id="earliest-prompt">
        <EmptyState title="请先选择科室类别" hint="选好后，这里按时间先后列出全市各医院最早可以预约的号" />
      </View>
    );
  }
  if (slots.status === 'error') {
    return <ErrorState title="号源加载失败" error={slots.error} onRetry={slots.reload} />;
  }
  const answer = slots.data;
  // Rows of an earlier choice never stand under a new one.
  if (!answer || answer.kind !== kind || answer.district !== district || answer.start !== start) {
    return <LoadingState label="正在查找最早的号…" />;
  }
  if (answer.rows.length === 0) {
    return (
      <EmptyState
        title="近期没有可预约的号"
        hint={district ? '换个区县，或选择全部区县试试' : '请过几天再来看看，每天都会放出新号'}
      />
    );
  }
  return (
    <View id="earliest-list">
      <Text className="booking__hint">按就诊时间先后排列，每个排班只列最早的一个时段</Text>
      {answer.rows.map((row) => (
        <EarliestSlotRow key={row.id} row={row} onOpen={openRow} />
      ))}
    </View>
  );
}

/** 最早可约: pick a kind of department (and a district), see the soonest free slots in every hospital. */
export default function EarliestPage() {
  const { params } = useRouter();
  const earliest = useEarliestSlots(kindParam(pageParam(params, 'kind')));
  const { districts, slots } = earliest;
  usePullToRefresh(() => {
    slots.reload();
    if (districts.status === 'error') districts.reload();
  }, slots.status === 'loading');

  const districtOptions = [
    { code: ALL_DISTRICTS, name: '全部区县' },
    ...(districts.data ?? []).map((district) => ({ code: district.code, name: district.name })),
  ];
  return (
    <Page id="earliest-page">
      <View className="yika-card booking__filters">
        <Text className="booking__heading">科室类别</Text>
        <ChipGroup
          scrollable
          className="chip-row"
          id="earliest-kinds"
          label="按科室类别选择"
          options={EARLIEST_KIND_OPTIONS}
          value={earliest.kind}
          onChange={earliest.setKind}
        />
        <Text className="booking__heading booking__heading--spaced">区县</Text>
        <ChipGroup
          scrollable
          className="chip-row"
          id="earliest-districts"
          label="按区县筛选"
          options={districtOptions}
          value={earliest.district ?? ALL_DISTRICTS}
          onChange={(code) => earliest.setDistrict(code === ALL_DISTRICTS ? null : code)}
        />
        <Text className="booking__heading booking__heading--spaced">就诊日期</Text>
        <ChipGroup
          className="chip-row"
          id="earliest-start"
          label="从哪天起找号"
          options={EARLIEST_START_OPTIONS}
          value={earliest.start}
          onChange={earliest.setStart}
        />
      </View>
      <EarliestResults earliest={earliest} />
    </Page>
  );
}
