import { Input, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { ActionButton } from '../../../components/ActionButton';
import { MAX_SEARCH_LENGTH } from '../../../lib/searchResults';

const isH5 = process.env.TARO_ENV === 'h5';

/** The search box: the text is searched on the button or the keyboard's search key, not per keystroke. */
export function SearchBar({ query, onSearch }: { query: string; onSearch: (text: string) => void }) {
  const [draft, setDraft] = useState(query);
  useEffect(() => setDraft(query), [query]);
  const search = () => onSearch(draft);
  return (
    <View className="search-bar">
      <Input
        className="yika-input search-bar__input"
        value={draft}
        type="text"
        confirmType="search"
        maxlength={MAX_SEARCH_LENGTH}
        placeholder="医生姓名、擅长或科室"
        onInput={(event) => setDraft(event.detail.value)}
        onConfirm={search}
        {...(isH5
          ? { nativeProps: { id: 'region-search', 'aria-label': '搜索医生或科室' } }
          : { id: 'region-search', ariaLabel: '搜索医生或科室' })}
      />
      <ActionButton id="region-search-button" className="search-bar__button" onClick={search}>
        搜索
      </ActionButton>
    </View>
  );
}
