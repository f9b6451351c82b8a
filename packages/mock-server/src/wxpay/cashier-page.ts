// The H5 cashier page (收银台) of the simulated WeChat Pay, and the mock e-invoice page: small, self-contained
// Chinese HTML. 确认支付 posts the test confirmation and then sends the payer back to `redirect`.
import { formatFen } from '@yika/sdk/domain';

export interface CashierPageInput {
  prepayId: string;
  merchantName: string;
  description: string;
  totalFen: number;
  /** Where to go after paying or cancelling (http/https only; others are dropped). */
  redirect: string | undefined;
}

export function cashierPage(input: CashierPageInput): string {
  const redirect =
    input.redirect !== undefined && /^https?:\/\//.test(input.redirect) ? input.redirect : undefined;
  const script = `
const prepayId = ${jsonForScript(input.prepayId)};
const redirect = ${jsonForScript(redirect ?? null)};
const status = document.getElementById('status');
document.getElementById('pay').addEventListener('click', async (event) => {
  event.target.disabled = true;
  status.textContent = '支付中…';
  const response = await fetch('confirm', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ prepayId }),
  });
  if (!response.ok) {
    status.textContent = '支付失败：订单已关闭或已过期';
    event.target.disabled = false;
    return;
  }
  status.textContent = '支付成功';
  if (redirect) location.replace(redirect);
});
document.getElementById('cancel').addEventListener('click', () => {
  if (redirect) location.replace(redirect);
  else status.textContent = '已取消支付';
});`;
  return page(
    '微信支付',
    `<main>
  <p class="merchant">${escapeHtml(input.merchantName)}</p>
  <p class="description">${escapeHtml(input.description)}</p>
  <p class="amount" aria-label="支付金额">¥<strong>${formatFen(input.totalFen)}</strong></p>
  <button id="pay" type="button">确认支付</button>
  <button id="cancel" type="button" class="secondary">取消</button>
  <p id="status" role="status" aria-live="polite"></p>
  <p class="note">这是模拟平台的测试收银台，不会产生真实扣款。</p>
</main>
<script>${script}</script>`,
  );
}

export function invoicePage(input: {
  paymentId: string;
  description: string;
  amountFen: number;
  paidAt: string;
}): string {
  return page(
    '电子发票',
    `<main>
  <h1>医疗收费电子票据（模拟）</h1>
  <p>${escapeHtml(input.description)}</p>
  <p>金额：¥${formatFen(input.amountFen)}</p>
  <p>缴费时间：${escapeHtml(input.paidAt)}</p>
  <p>票据号：${escapeHtml(input.paymentId)}</p>
</main>`,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; background: #f2f2f2; color: #111; }
main { max-width: 480px; margin: 0 auto; padding: 32px 20px; text-align: center; }
.merchant { font-size: 18px; } .description { color: #555; } .amount { font-size: 40px; margin: 24px 0; }
button { display: block; width: 100%; min-height: 48px; margin: 12px 0; font-size: 18px; border: 0; border-radius: 8px; background: #07c160; color: #fff; }
button.secondary { background: #fff; color: #111; border: 1px solid #ccc; }
.note { color: #666; font-size: 14px; }
</style>
</head>
<body>
${body}
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** JSON that cannot end the script element it sits in. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
