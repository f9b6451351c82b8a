import { Input, ScrollView, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { a11yProps } from '../../lib/a11y';
import { HOSPITAL_LEVEL_OPTIONS } from '../../lib/hospitalLabels';
import { MAX_QUERY_LENGTH, type HospitalFilters } from '../../lib/hospitalFilters';
import { ActionButton } from '../ActionButton';
import { Chip } from '../Chip';
import { DistrictFilter } from './DistrictFilter';
import './hospital-filter-bar.scss';

const isH5 = process.env.TARO_ENV === 'h5';

/** Search box, district chips (loaded when opened) and level chips above the hospital list. */
export function HospitalFilterBar({
  filters,
  districtsOpen,
  onOpenDistricts,
  onChange,
}: {
  filters: HospitalFilters;
  /** The district choices are shown (and loaded): see DistrictFilter. */
  districtsOpen: boolean;
  onOpenDistricts: () => void;
  onChange: (change: Partial<HospitalFilters>) => void;
}) {
  // The typed text is applied on search (button or keyboard), not on every keystroke.
  const [draft, setDraft] = useState(filters.q);
  const search = () => onChange({ q: draft.trim() });
  // Filters cleared elsewhere ("清除筛选") clear the box too.
  useEffect(() => setDraft(filters.q), [filters.q]);

  return (
    <View className="hospital-filter-bar">
      <View className="hospital-filter-bar__search">
        <Input
          className="yika-input hospital-filter-bar__input"
          value={draft}
          type="text"
          confirmType="search"
          maxlength={MAX_QUERY_LENGTH}
          placeholder="搜索医院名称或地址"
          onInput={(event) => setDraft(event.detail.value)}
          onConfirm={search}
          {...(isH5
            ? { nativeProps: { id: 'hospital-search', 'aria-label': '搜索医院' } }
            : { id: 'hospital-search', ariaLabel: '搜索医院' })}
        />
        <ActionButton id="hospital-search-button" className="hospital-filter-bar__button" onClick={search}>
          搜索
        </ActionButton>
      </View>
      <ScrollView
        scrollX
        className="hospital-filter-bar__chips"
        {...a11yProps({ role: 'group', label: '按区县筛选' })}
      >
        <DistrictFilter
          open={districtsOpen}
          onOpen={onOpenDistricts}
          selected={filters.district}
          onSelect={(district) => onChange({ district })}
        />
      </ScrollView>
      <ScrollView
        scrollX
        className="hospital-filter-bar__chips"
        {...a11yProps({ role: 'group', label: '按医院等级筛选' })}
      >
        <View id="level-filter" className="hospital-filter-bar__row">
          <Chip
            label="全部等级"
            selected={filters.level === null}
            onSelect={() => onChange({ level: null })}
          />
          {HOSPITAL_LEVEL_OPTIONS.map((option) => (
            <Chip
              key={option.value}
              label={option.label}
              selected={filters.level === option.value}
              onSelect={() => onChange({ level: option.value })}
            />
          ))}
        </View>
      </ScrollView>
    </View>
  );
}
