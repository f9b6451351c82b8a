import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useHospitalSearch } from '../../hooks/useHospitalSearch';
import { errorMessageOf } from '../../lib/errors';
import { hasActiveFilters, NO_HOSPITAL_FILTERS } from '../../lib/hospitalFilters';
import { hospitalDetailUrl } from '../../services/routes';
import { ActionButton } from '../ActionButton';
import { EmptyState } from '../EmptyState';
import { PagedListView } from '../PagedListView';
import { HospitalFilterBar } from './HospitalFilterBar';
import { HospitalRow } from './HospitalRow';

/**
 * Home's hospital list with its filters. Mounting it is what loads the first page (one request), so
 * elder mode's home, which mounts it only after 查看全部医院, starts with the card alone.
 */
export function HospitalBrowser({
  districtsOpen,
  onOpenDistricts,
}: {
  districtsOpen: boolean;
  onOpenDistricts: () => void;
}) {
  const { filters, setFilters, hospitals } = useHospitalSearch();

  // The page's own pull-down handler reloads the card; this one refreshes the list and ends the gesture.
  usePullDownRefresh(() => {
    void hospitals.refresh().then((error) => {
      Taro.stopPullDownRefresh();
      if (error !== undefined) void Taro.showToast({ title: errorMessageOf(error), icon: 'none' });
    });
  });
  useReachBottom(() => hospitals.loadMore('auto'));

  const openHospital = (id: string) => void Taro.navigateTo({ url: hospitalDetailUrl(id) });

  return (
    <>
      <HospitalFilterBar
        filters={filters}
        districtsOpen={districtsOpen}
        onOpenDistricts={onOpenDistricts}
        onChange={setFilters}
      />
      <PagedListView
        list={hospitals}
        id="hospital-list"
        loadingLabel="正在加载医院…"
        errorTitle="医院列表加载失败"
        empty={
          <EmptyState
            title="没有找到医院"
            hint={hasActiveFilters(filters) ? '换个关键词或筛选条件试试' : '本地区暂无可预约的医院'}
            action={
              hasActiveFilters(filters) ? (
                <ActionButton variant="secondary" onClick={() => setFilters(NO_HOSPITAL_FILTERS)}>
                  清除筛选
                </ActionButton>
              ) : undefined
            }
          />
        }
      >
        {(items) =>
          items.map((hospital) => <HospitalRow key={hospital.id} hospital={hospital} onOpen={openHospital} />)
        }
      </PagedListView>
    </>
  );
}
