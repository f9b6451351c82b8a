import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { ActionButton } from '../../components/ActionButton';
import { BookingEntries } from '../../components/booking/BookingEntries';
import { DefaultCardPanel } from '../../components/card/DefaultCardPanel';
import { EmptyState } from '../../components/EmptyState';
import { HospitalFilterBar } from '../../components/hospital/HospitalFilterBar';
import { HospitalRow } from '../../components/hospital/HospitalRow';
import { Page } from '../../components/Page';
import { PagedListView } from '../../components/PagedListView';
import { useCards } from '../../hooks/useCards';
import { useHospitalSearch } from '../../hooks/useHospitalSearch';
import { errorMessageOf } from '../../lib/errors';
import { hasActiveFilters, NO_HOSPITAL_FILTERS } from '../../lib/hospitalFilters';
import { hospitalDetailUrl } from '../../services/routes';

// Home's content costs two requests: the account's cards and the first page of hospitals (the district
// choices of the filter bar load with it, as before). The booking entries only navigate.
export default function HomePage() {
  const cards = useCards();
  const { filters, setFilters, hospitals, districts } = useHospitalSearch();

  usePullDownRefresh(() => {
    void hospitals.refresh().then((error) => {
      Taro.stopPullDownRefresh();
      if (error !== undefined) void Taro.showToast({ title: errorMessageOf(error), icon: 'none' });
    });
    if (districts.status === 'error') districts.reload();
    cards.reload();
  });
  useReachBottom(() => hospitals.loadMore('auto'));

  const openHospital = (id: string) => void Taro.navigateTo({ url: hospitalDetailUrl(id) });

  return (
    <Page id="home-page">
      <DefaultCardPanel cards={cards} />
      <BookingEntries />
      <HospitalFilterBar filters={filters} districts={districts.data ?? []} onChange={setFilters} />
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
    </Page>
  );
}
