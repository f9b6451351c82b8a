import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import { useRemoteData } from '../../hooks/useRemoteData';
import { a11yProps } from '../../lib/a11y';
import { yika } from '../../services/yika';
import { Chip } from '../Chip';
import { ErrorState } from '../ErrorState';

type DistrictChoice = string | null;

/**
 * The district chips. Closed, it is 全部区县 and 选择区县 ▾: the choices cost a request, and most residents
 * never filter by district, so they load when the resident opens them (home stays within two requests).
 */
export function DistrictFilter({
  open,
  onOpen,
  selected,
  onSelect,
}: {
  open: boolean;
  onOpen: () => void;
  selected: DistrictChoice;
  onSelect: (district: DistrictChoice) => void;
}) {
  return (
    <View id="district-filter" className="hospital-filter-bar__row">
      <Chip label="全部区县" selected={selected === null} onSelect={() => onSelect(null)} />
      {open ? (
        <DistrictChoices selected={selected} onSelect={onSelect} />
      ) : (
        <View
          id="district-filter-open"
          className="yika-chip"
          onClick={onOpen}
          {...a11yProps({ role: 'button', label: '选择区县', focusable: true })}
        >
          <Text>选择区县 ▾</Text>
        </View>
      )}
    </View>
  );
}

/** Mounting it is what loads the choices (one GET /v1/districts). */
function DistrictChoices({
  selected,
  onSelect,
}: {
  selected: DistrictChoice;
  onSelect: (district: DistrictChoice) => void;
}) {
  const load = useCallback((signal: AbortSignal | undefined) => yika.hospitals.districts({ signal }), []);
  const districts = useRemoteData(load);
  if (districts.status === 'loading') {
    return (
      <View className="yika-chip" {...a11yProps({ role: 'status' })}>
        <Text>正在加载区县…</Text>
      </View>
    );
  }
  if (districts.status === 'error') {
    return <ErrorState compact title="区县加载失败" error={districts.error} onRetry={districts.reload} />;
  }
  return (
    <>
      {(districts.data ?? []).map((district) => (
        <Chip
          key={district.code}
          label={district.name}
          selected={selected === district.code}
          onSelect={() => onSelect(district.code)}
        />
      ))}
    </>
  );
}
