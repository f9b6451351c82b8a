// Home within two requests, and elder mode (关怀模式) as a resident switches it on: the H5 build at 375 px
// wide (2 design px = 1 CSS px there, see packages/miniapp/src/styles/tokens.scss) against the mock.
import { test, expect, type Page } from '@playwright/test';
import { pageSettled, resetPlatformBeforeEach, signInWithSms } from './support/h5';

// The seeded demo resident: has a default card, so home shows the card and the hospitals.
const DEMO_PHONE = '13800001234';

test.use({ viewport: { width: 375, height: 812 } });
resetPlatformBeforeEach();

/** Every platform request (/v1/...) the page makes from now on, by path. */
function recordApiPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/v1/') && request.method() !== 'OPTIONS') paths.push(url.pathname);
  });
  return paths;
}

/**
 * Opens home and waits until what its requests bring (the card, and `loaded`) is shown, so that none of
 * the in-app navigation's requests is counted as the reload's; then records every platform request of a
 * fresh load of home.
 */
async function recordRequestsOfHomeReload(page: Page, ...loaded: string[]): Promise<string[]> {
  await page.goto('/#/pages/home/index');
  for (const selector of ['#home-card', ...loaded]) {
    await expect(page.locator(selector).first()).toBeVisible();
  }
  const paths = recordApiPaths(page);
  await page.reload();
  return paths;
}

/** Nothing wider than the screen: no sideways scrolling, nothing cut off on the right. */
async function expectNoHorizontalOverflow(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
}

async function cssPx(page: Page, selector: string, property: 'font-size' | 'line-height') {
  return page
    .locator(selector)
    .first()
    .evaluate((element, name) => parseFloat(getComputedStyle(element).getPropertyValue(name)), property);
}

test('home shows its content in two requests; the district choices load when opened', async ({
  page,
  request,
}, testInfo) => {
  await signInWithSms(page, request, DEMO_PHONE);
  const paths = await recordRequestsOfHomeReload(page, '#hospital-list .hospital-row');
  await expect(page.locator('#home-card')).toBeVisible();
  await expect(page.locator('#hospital-list .hospital-row').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(paths.sort()).toEqual(['/v1/cards', '/v1/hospitals']);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: testInfo.outputPath('home-standard.png'), fullPage: true });

  // The district filter: 全部区县 at once, the other choices (one request) when the resident opens it.
  await page.locator('#district-filter-open').click();
  await expect(page.locator('#district-filter .yika-chip').nth(2)).toBeVisible();
  expect(paths.filter((path) => path === '/v1/districts')).toHaveLength(1);
});

test('elder mode: the 我的 switch applies at once, persists, and simplifies home', async ({
  page,
  request,
}, testInfo) => {
  await signInWithSms(page, request, DEMO_PHONE);
  const toggle = page.locator('#elder-mode-switch');
  await expect(toggle).toHaveAttribute('role', 'switch');
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(toggle).toContainText('关怀模式');
  const standardBody = await cssPx(page, '#me-page .entry-row__title', 'font-size');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('#me-page')).toHaveClass(/yika-page--elder/);
  // At once: body text grows from 17 to 19 pt (2 design px = 1 CSS px at 375 wide).
  const elderBody = await cssPx(page, '#me-page .entry-row__title', 'font-size');
  expect(elderBody).toBeGreaterThan(standardBody);
  expect(elderBody).toBeGreaterThanOrEqual(18);
  await expect(page.locator('#elder-mode-auto')).toBeVisible();
  await pageSettled(page, '#me-page');
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: testInfo.outputPath('me-elder.png'), fullPage: true });

  // Home after a reload: still on (stored), the card and four tiles, and only the card's request.
  const paths = await recordRequestsOfHomeReload(page);
  await expect(page.locator('#home-page')).toHaveClass(/yika-page--elder/);
  await expect(page.locator('#home-card')).toBeVisible();
  const tiles = page.locator('#home-tasks > *');
  await expect(tiles).toHaveCount(4);
  await expect(page.locator('#home-tasks')).toContainText('出示健康卡');
  await expect(page.locator('#home-tasks')).toContainText('预约挂号');
  await expect(page.locator('#home-tasks')).toContainText('门诊缴费');
  await expect(page.locator('#home-tasks')).toContainText('查报告');
  await expect(page.locator('#hospital-list')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(paths).toEqual(['/v1/cards']);

  // Sizes: tiles and buttons at least 60 x 60 pt, text at least 18 pt with line spacing 1.3 or more.
  for (let index = 0; index < 4; index += 1) {
    const box = await tiles.nth(index).boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(60);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(60);
  }
  const showCode = await page.locator('#show-card-code').boundingBox();
  expect(showCode?.height ?? 0).toBeGreaterThanOrEqual(60);
  for (const selector of ['.home-tasks__hint', '.health-card__name', '.home-tasks__title']) {
    expect(await cssPx(page, selector, 'font-size')).toBeGreaterThanOrEqual(18);
  }
  const hint = {
    size: await cssPx(page, '.home-tasks__hint', 'font-size'),
    line: await cssPx(page, '.home-tasks__hint', 'line-height'),
  };
  expect(hint.line / hint.size).toBeGreaterThanOrEqual(1.3);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: testInfo.outputPath('home-elder.png'), fullPage: true });

  // All hospitals, on request: the list (one more request) in elder sizes.
  await page.locator('#home-all-hospitals').click();
  await expect(page.locator('#hospital-list .hospital-row').first()).toBeVisible();
  expect(paths.filter((path) => path === '/v1/hospitals')).toHaveLength(1);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: testInfo.outputPath('home-elder-hospitals.png'), fullPage: true });

  // Back to following the system font size: H5 reports none, so it is off again.
  await page.goto('/#/pages/me/index');
  await page.locator('#elder-mode-auto').click();
  await expect(page.locator('#elder-mode-switch')).toHaveAttribute('aria-checked', 'false');
  await expect(page.locator('#elder-mode-hint')).toContainText('跟随微信字号');
  await expect(page.locator('#me-page')).not.toHaveClass(/yika-page--elder/);
});
