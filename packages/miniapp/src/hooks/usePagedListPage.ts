import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { errorMessageOf } from '../lib/errors';
import type { PagedList } from './usePagedList';
import { useReloadOnShow } from './useReloadOnShow';

/**
 * The page events of a screen that is one paged list: pull to refresh (the rows stay if it fails, and a
 * toast says why, offline included), the next page on reaching the bottom, and with `refreshOnShow` the
 * list again when the resident comes back (a bill paid, a refund moved on). The page config needs
 * `enablePullDownRefresh: true`.
 */
export function usePagedListPage<T>(list: PagedList<T>, options: { refreshOnShow?: boolean } = {}): void {
  usePullDownRefresh(() => {
    void list.refresh().then((error) => {
      Taro.stopPullDownRefresh();
      if (error !== undefined) void Taro.showToast({ title: errorMessageOf(error), icon: 'none' });
    });
  });
  useReachBottom(() => list.loadMore('auto'));
  useReloadOnShow(() => {
    if (options.refreshOnShow) void list.refresh();
  });
}
