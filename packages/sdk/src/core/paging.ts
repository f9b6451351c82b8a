// The one cursor-following loop behind every `iterate`: the platform's lists page with an opaque
// `cursor` and answer `nextCursor: null` on the last page.
import type { Page } from '../types';

/**
 * Every item of every page, fetching the next page (same params, the previous page's `nextCursor`) only
 * when the caller reads past the current one, so breaking out of a `for await` stops the fetching.
 */
export async function* followCursor<Item, Params extends { cursor?: string } | undefined>(
  fetchPage: (params: Params) => Promise<Page<Item>>,
  params: Params,
): AsyncGenerator<Item, void, undefined> {
  let query = params;
  for (;;) {
    const page = await fetchPage(query);
    yield* page.data;
    if (page.nextCursor === null) return;
    query = { ...params, cursor: page.nextCursor } as Params;
  }
}
