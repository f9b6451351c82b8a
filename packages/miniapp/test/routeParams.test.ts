import { pageParam, urlWithQuery } from '../src/lib/routeParams';

describe('urlWithQuery and pageParam', () => {
  it('round-trips Chinese names and reserved characters', () => {
    const url = urlWithQuery('/p', { id: 'd 1&x', name: '小儿内科', hospitalName: undefined, empty: '' });
    expect(url).toBe('/p?id=d%201%26x&name=%E5%B0%8F%E5%84%BF%E5%86%85%E7%A7%91');
    const params = Object.fromEntries(
      (url.split('?')[1] ?? '').split('&').map((pair) => pair.split('=') as [string, string]),
    );
    // WeChat hands the values over still encoded.
    expect(pageParam(params, 'name')).toBe('小儿内科');
    expect(pageParam(params, 'id')).toBe('d 1&x');
  });

  it('takes an already decoded value as it is, and blank or missing as undefined', () => {
    expect(pageParam({ name: '小儿内科' }, 'name')).toBe('小儿内科');
    expect(pageParam({ name: '100%' }, 'name')).toBe('100%');
    expect(pageParam({ name: '  ' }, 'name')).toBeUndefined();
    expect(pageParam({}, 'name')).toBeUndefined();
    expect(urlWithQuery('/p', {})).toBe('/p');
  });
});
