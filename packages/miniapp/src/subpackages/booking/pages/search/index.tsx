import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { EmptyState } from '../../../../components/EmptyState';
import { Page } from '../../../../components/Page';
import { PagedListView } from '../../../../components/PagedListView';
import { usePagedListPage } from '../../../../hooks/usePagedListPage';
import { pageParam } from '../../../../lib/routeParams';
import { SEARCH_TYPE_OPTIONS, type SearchRow } from '../../../../lib/searchResults';
import { bookingDepartmentUrl, bookingDoctorUrl } from '../../../../services/routes';
import { ChipGroup } from '../../../../components/ChipGroup';
import { SearchBar } from '../../components/SearchBar';
import { SearchHitRow } from '../../components/SearchHitRow';
import { useRegionSearch } from '../../useRegionSearch';
import '../../booking.scss';

function openRow(row: SearchRow): void {
  const url =
    row.target.kind === 'doctor' ? bookingDoctorUrl(row.target.doctorId) : bookingDepartmentUrl(row.target);
  void Taro.navigateTo({ url });
}

/** 找医生/科室: search doctors and departments of every hospital in the region. */
export default function RegionSearchPage() {
  const { params } = useRouter();
  const { query, search, type, setType, results } = useRegionSearch(pageParam(params, 'q') ?? '');

  usePagedListPage(results);

  return (
    <Page id="region-search-page">
      <View className="booking__filters booking__filters--bar">
        <SearchBar query={query} onSearch={search} />
        <ChipGroup
          scrollable
          className="chip-row"
          id="search-type-filter"
          label="搜索范围"
          options={SEARCH_TYPE_OPTIONS}
          value={type}
          onChange={setType}
        />
      </View>
      {!query ? (
        <View id="search-prompt">
          <EmptyState
            title="搜索全市医院的医生和科室"
            hint="输入医生姓名、擅长的病症或科室名称，例如：儿科、哮喘"
          />
        </View>
      ) : null}
      {query ? (
        <PagedListView
          list={results}
          id="search-results"
          loadingLabel="正在搜索…"
          errorTitle="搜索失败"
          empty={<EmptyState title={`没有找到“${query}”`} hint="换个关键词试试，比如科室名称或医生姓氏" />}
        >
          {(items) => items.map((row) => <SearchHitRow key={row.id} row={row} onOpen={openRow} />)}
        </PagedListView>
      ) : null}
    </Page>
  );
}
