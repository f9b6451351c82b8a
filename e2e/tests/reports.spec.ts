// Reports (报告查询) on the H5 build, end to end against the standalone mock platform: the demo resident
// opens the 报告 tab, filters to 检验, opens a lab report with an abnormal value, finds the value marked
// with its arrow and word (not colour alone), and opens its trend: the canvas is drawn, and the table
// under it lists exactly the points the platform's getTrend returns, oldest first.
import { test, expect, type APIRequestContext } from '@playwright/test';
import { CHANNEL, pageSettled, resetPlatformBeforeEach, signInWithSms, visible } from './support/h5';

// The seeded demo resident (packages/mock-server/src/store/seed): any unknown WeChat code signs in as them.
const DEMO_PHONE = '13800001234';

type Interpretation = 'N' | 'L' | 'H' | 'LL' | 'HH' | 'A' | 'AA';
interface HospitalRef {
  id: string;
  name: string;
}
interface ReportSummary {
  id: string;
  type: 'lab' | 'exam';
  cardRef: string;
  abnormal: boolean;
}
interface LabResult {
  code: string;
  valueType: 'numeric' | 'text';
  interpretation: Interpretation;
}
interface LabReport extends ReportSummary {
  results: LabResult[];
}
interface TrendPoint {
  reportId: string;
  hospital: HospitalRef;
  collectedAt: string;
  value: number;
  interpretation: Interpretation;
}
interface Trend {
  unit?: string;
  points: TrendPoint[];
}

// The contract's interpretation codes as a screen must show them: a mark and a word (see @yika/sdk/domain).
const CUES: Record<Interpretation, string> = {
  N: '正常',
  L: '↓ 偏低',
  H: '↑ 偏高',
  LL: '↓↓ 危急低',
  HH: '↑↑ 危急高',
  A: '* 异常',
  AA: '** 危急异常',
};

/** `2026-11-20` at the Shanghai clock, whatever offset the timestamp is written in. */
function shanghaiDate(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The demo resident's session for platform calls (a fresh well-formed WeChat code each time). */
async function demoToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/v1/auth/wechat-login', {
    headers: { 'X-Yika-Channel': CHANNEL, 'Idempotency-Key': `e2e-login-${Date.now()}` },
    data: { code: `e2erpt_${Date.now().toString(36)}` },
  });
  expect(response.ok(), `wechat-login answered ${response.status()}`).toBe(true);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function platformGet<T>(request: APIRequestContext, token: string, path: string): Promise<T> {
  const response = await request.get(path, {
    headers: { 'X-Yika-Channel': CHANNEL, Authorization: `Bearer ${token}` },
  });
  expect(response.ok(), `GET ${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * On the page the tab shows after 检验 is chosen (every card, newest first, 20 a page): the first report
 * with an abnormal numeric item the card has a trend of.
 */
async function abnormalLabReportWithTrend(request: APIRequestContext, token: string) {
  const page = await platformGet<{ data: ReportSummary[] }>(request, token, '/v1/reports?type=lab&limit=20');
  for (const summary of page.data.filter((report) => report.abnormal)) {
    const report = await platformGet<LabReport>(request, token, `/v1/reports/${summary.id}`);
    const { data: items } = await platformGet<{ data: { code: string }[] }>(
      request,
      token,
      `/v1/cards/${report.cardRef}/trends`,
    );
    const withTrend = new Set(items.map((item) => item.code));
    const result = report.results.find(
      (item) => item.valueType === 'numeric' && item.interpretation !== 'N' && withTrend.has(item.code),
    );
    if (result) return { report, result };
  }
  return null;
}

resetPlatformBeforeEach();

test('a resident opens a lab report with an abnormal value and its trend chart', async ({
  page,
  request,
}, testInfo) => {
  const token = await demoToken(request);
  const found = await abnormalLabReportWithTrend(request, token);
  expect(found, 'the seeded demo resident has an abnormal lab value with a trend').not.toBeNull();
  const { report, result } = found!;

  // 报告 tab: signed in, filter to 检验; the report is listed with its 异常 (or 危急) badge in words.
  await signInWithSms(page, request, DEMO_PHONE);
  await page.goto('/#/pages/reports/index');
  await visible(page, '#report-type-filter').getByRole('button', { name: '检验' }).click();
  await expect(
    visible(page, '#report-type-filter').getByRole('button', { name: '检验，已选' }),
  ).toBeVisible();
  const row = visible(page, `[id="report-${report.id}"]`);
  await expect(row).toContainText(/异常|危急/);
  await pageSettled(page, '#reports-page');
  await page.screenshot({ path: testInfo.outputPath('reports-tab.png') });
  await row.click();

  // The report: the abnormal item carries its arrow and word next to the value, and links to its trend.
  const item = visible(page, `[id="result-${result.code}"]`);
  await expect(item).toContainText(CUES[result.interpretation]);
  await expect(item).toHaveAttribute('data-interpretation', result.interpretation);
  await pageSettled(page, '#report-detail-page');
  await page.screenshot({ path: testInfo.outputPath('report-detail.png'), fullPage: true });
  await visible(page, `[id="trend-link-${result.code}"]`).click();

  // The trend: the platform's points, oldest first, row by row; the chart is drawn on the canvas.
  const trend = await platformGet<Trend>(
    request,
    token,
    `/v1/cards/${report.cardRef}/trends/${encodeURIComponent(result.code)}`,
  );
  const times = trend.points.map((point) => Date.parse(point.collectedAt));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  const rows = page.locator('#trend-table:visible .trend-point');
  await expect(rows).toHaveCount(trend.points.length);
  for (const [index, point] of trend.points.entries()) {
    const line = rows.nth(index);
    await expect(line).toHaveAttribute('data-report-id', point.reportId);
    await expect(line.locator('.trend-point__date')).toHaveText(shanghaiDate(point.collectedAt));
    await expect(line.locator('.trend-point__hospital')).toHaveText(point.hospital.name);
    await expect(line.locator('.trend-point__value')).toHaveText(
      trend.unit ? `${point.value} ${trend.unit}` : String(point.value),
    );
    await expect(line.locator('.trend-point__interpretation')).toHaveText(CUES[point.interpretation]);
  }
  await expect(visible(page, '#trend-chart')).toHaveAttribute('aria-label', /最近一次/);

  // Drawn: the canvas has pixels that are neither blank nor the white ground (band, line, points).
  const canvas = page.locator('#trend-chart:visible canvas');
  await expect
    .poll(() =>
      canvas.evaluate((element: HTMLCanvasElement) => {
        const context = element.getContext('2d');
        if (!context || element.width === 0) return 0;
        const { data } = context.getImageData(0, 0, element.width, element.height);
        let inked = 0;
        for (let index = 0; index < data.length; index += 4) {
          const white = data[index]! > 245 && data[index + 1]! > 245 && data[index + 2]! > 245;
          if (data[index + 3]! > 0 && !white) inked += 1;
        }
        return inked;
      }),
    )
    .toBeGreaterThan(500);
  await pageSettled(page, '#report-trend-page');
  await page.screenshot({ path: testInfo.outputPath('trend.png'), fullPage: true });
});
