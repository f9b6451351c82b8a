// What the screen shows for personal data: masked, always. Account.maskedPhone comes masked from the
// platform; a full number (should one ever reach the screen) is masked here before display.
import { isMobilePhone, maskPhone } from '@yika/sdk/domain';

const MASKED_PHONE = /^1\d{2}\*{4}\d{4}$/;

export function phoneForDisplay(phone: string | undefined): string {
  if (!phone) return '未绑定手机号';
  if (MASKED_PHONE.test(phone)) return phone;
  if (isMobilePhone(phone)) return maskPhone(phone);
  return '已隐藏';
}
