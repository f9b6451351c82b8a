const isH5 = process.env.TARO_ENV === 'h5';

/**
 * Props that name an <Input> for tests and screen readers. On H5, Taro renders a custom element around a
 * native <input>, and only `nativeProps` reach the native one; on WeChat the props go on the input itself.
 */
export function inputIdentity(id: string, label: string) {
  return isH5 ? { nativeProps: { id, 'aria-label': label } } : { id, ariaLabel: label };
}
