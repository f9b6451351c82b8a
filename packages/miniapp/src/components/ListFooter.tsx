import { Text, View } from '@tarojs/components';
import { ActionButton } from './ActionButton';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import './states.scss';

/** The end of an infinite list: loading the next page, its error and retry, a "more" button, or the end. */
export function ListFooter({
  loadingMore,
  loadMoreError,
  hasMore,
  onLoadMore,
}: {
  loadingMore: boolean;
  loadMoreError: unknown;
  hasMore: boolean;
  onLoadMore: () => void;
}) {
  if (loadingMore) return <LoadingState compact label="正在加载更多…" />;
  if (loadMoreError !== undefined) {
    return <ErrorState compact title="更多内容加载失败" error={loadMoreError} onRetry={onLoadMore} />;
  }
  if (hasMore) {
    // Scrolling to the bottom loads the next page; the button is there for keyboards and screen readers.
    return (
      <View className="yika-state yika-state--compact">
        <ActionButton id="load-more" variant="secondary" onClick={onLoadMore}>
          加载更多
        </ActionButton>
      </View>
    );
  }
  return (
    <View className="yika-state yika-state--compact">
      <Text className="yika-state__hint">没有更多了</Text>
    </View>
  );
}
