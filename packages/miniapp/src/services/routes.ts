import Taro from '@tarojs/taro';

// Page paths, as declared in app.config.ts.
export const ROUTES = {
  home: '/pages/home/index',
  appointments: '/pages/appointments/index',
  reports: '/pages/reports/index',
  me: '/pages/me/index',
  signIn: '/subpackages/account/pages/sign-in/index',
  hospitalDetail: '/subpackages/hospital/pages/detail/index',
  cardApply: '/subpackages/card/pages/apply/index',
  cardCode: '/subpackages/card/pages/code/index',
  cardFamily: '/subpackages/card/pages/family/index',
} as const;

export function hospitalDetailUrl(hospitalId: string): string {
  return `${ROUTES.hospitalDetail}?id=${encodeURIComponent(hospitalId)}`;
}

/** The code page (出示健康卡) on a card of this account, or on the default card without a reference. */
export function cardCodeUrl(cardRef?: string): string {
  return cardRef ? `${ROUTES.cardCode}?ref=${encodeURIComponent(cardRef)}` : ROUTES.cardCode;
}

/** The application form; `relation` preselects 本人 for the account's first card. */
export function cardApplyUrl(relation?: 'self'): string {
  return relation ? `${ROUTES.cardApply}?relation=${relation}` : ROUTES.cardApply;
}

function currentRoute(): string {
  const pages = Taro.getCurrentPages();
  const route = pages[pages.length - 1]?.route ?? '';
  return `/${route.replace(/^\//, '').split('?')[0]}`;
}

/** Opens the sign-in page, unless it is already the page on top (several 401s arrive together). */
export function goToSignIn(): void {
  if (currentRoute() === ROUTES.signIn) return;
  void Taro.navigateTo({ url: ROUTES.signIn });
}

/** After signing in: back to where the resident came from, or to 我的 when sign-in was the first page. */
export function leaveSignIn(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.switchTab({ url: ROUTES.me });
}
