// Run: pnpm --filter @yika/examples kiosk '<scanned card code>'
// with YIKA_BASE_URL, YIKA_CLIENT_ID, YIKA_KEY_ID and YIKA_PRIVATE_KEY (PKCS#8 PEM text) of the hospital app.
// On the mock platform, GET /__control/apps lists the seeded test apps with their private JWKs.
import { shanghaiDate } from '@yika/sdk/domain';
import { checkInByCardCode, createKioskClient } from './kiosk';

const kiosk = createKioskClient({
  baseURL: process.env.YIKA_BASE_URL ?? 'http://127.0.0.1:4010',
  clientId: process.env.YIKA_CLIENT_ID ?? 'app_test_hospital',
  keyId: process.env.YIKA_KEY_ID ?? '',
  privateKey: process.env.YIKA_PRIVATE_KEY ?? '',
});
const scanned = process.argv[2] ?? '';
const outcome = await checkInByCardCode(kiosk, scanned, shanghaiDate(Date.now()));
console.log(outcome.message);
