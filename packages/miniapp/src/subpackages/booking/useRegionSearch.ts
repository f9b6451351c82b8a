import { useCallback, useState } from 'react';
import { usePagedList, type PagedList } from '../../hooks/usePagedList';
import { normalizeSearchQuery, toSearchRow, type SearchRow, type SearchType } from '../../lib/searchResults';
import { yika } from '../../services/yika';

const PAGE_SIZE = 20;

export interface RegionSearch {
  /** The text searched for (empty: nothing searched yet). */
  query: string;
  search: (text: string) => void;
  type: SearchType;
  setType: (type: SearchType) => void;
  results: PagedList<SearchRow>;
}

/** 找医生/科室: doctors and departments of every hospital matching the text, page by page. */
export function useRegionSearch(initialQuery: string): RegionSearch {
  const [query, setQuery] = useState(() => normalizeSearchQuery(initialQuery));
  const [type, setType] = useState<SearchType>('all');

  const fetchPage = useCallback(
    async (cursor: string | undefined, signal: AbortSignal | undefined) => {
      // Nothing typed yet: an empty answer without asking the platform.
      if (!query) return { data: [], nextCursor: null };
      const page = await yika.search.query(
        { q: query, type: type === 'all' ? undefined : type, cursor, limit: PAGE_SIZE },
        { signal },
      );
      return { data: page.data.map(toSearchRow), nextCursor: page.nextCursor };
    },
    [query, type],
  );
  const results = usePagedList(fetchPage);
  const search = useCallback((text: string) => setQuery(normalizeSearchQuery(text)), []);

  return { query, search, type, setType, results };
}
