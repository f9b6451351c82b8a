import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PagedList } from '../hooks/usePagedList';
import { ErrorState } from './ErrorState';
import { ListFooter } from './ListFooter';
import { LoadingState } from './LoadingState';

/**
 * A paged list's states: loading the first page, its error with retry, `empty`, or the rows (`children`)
 * in a block `id` ending with the footer that loads the next page.
 */
export function PagedListView<T>({
  list,
  id,
  loadingLabel,
  errorTitle,
  empty,
  children,
}: {
  list: PagedList<T>;
  id: string;
  loadingLabel: string;
  errorTitle: string;
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  switch (list.status) {
    case 'loading':
      return <LoadingState label={loadingLabel} />;
    case 'error':
      // A refresh after a failed first load (pull to refresh, the page's retry) shows that it is trying.
      if (list.refreshing) return <LoadingState label={loadingLabel} />;
      return <ErrorState title={errorTitle} error={list.error} onRetry={list.reload} />;
    case 'empty':
      return <>{empty}</>;
    case 'ready':
      return (
        <View id={id}>
          {children(list.items)}
          <ListFooter
            loadingMore={list.loadingMore}
            loadMoreError={list.loadMoreError}
            hasMore={list.hasMore}
            onLoadMore={() => list.loadMore('explicit')}
          />
        </View>
      );
  }
}
