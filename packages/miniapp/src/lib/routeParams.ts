// Page parameters as they arrive: WeChat hands them over still percent-encoded, H5 already decoded.

/** The decoded value of one page parameter, or undefined when missing or blank. */
export function pageParam(params: Record<string, string | undefined>, key: string): string | undefined {
  const raw = params[key];
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    // Not percent-encoded after all (a lone '%'): the value as it came.
    return raw;
  }
}

/** `path?key=value&...` with every value encoded; undefined and empty values are left out. */
export function urlWithQuery(path: string, query: Record<string, string | undefined>): string {
  const pairs = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return pairs.length > 0 ? `${path}?${pairs.join('&')}` : path;
}
