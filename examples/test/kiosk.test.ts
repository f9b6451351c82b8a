// The kiosk of examples/kiosk against the mock platform over HTTP, signed in with the seeded hospital
// app's private key: a resident's booking is checked in on the visit day from the code on their phone;
// a second scan says it is done; a lapsed code and a patient with no visit get words, not a crash.
import { createClient, type YikaClient } from '@yika/sdk';
import { addDays, shanghaiDate } from '@yika/sdk/domain';
import type { RunningServer } from '@yika/mock-server';
import { checkInByCardCode, createKioskClient } from '../kiosk/kiosk';
import { firstFreeSlot, startPlatform, TEST_HOSPITAL_APP } from './support/platform';

let platform: RunningServer;
let kiosk: YikaClient;
let resident: YikaClient;
let cardRef: string;
let visitDay: string;
let departmentName: string;

beforeAll(async () => {
  // 10:00 in Shanghai on the platform's clock, whenever the suite runs: inside booking hours.
  platform = await startPlatform({ now: `${shanghaiDate(Date.now())}T10:00:00+08:00` });
  const clock = () => platform.platform.clock.now();
  const app = platform.platform.apps
    .testApps()
    .find((candidate) => candidate.clientId === TEST_HOSPITAL_APP)!;
  kiosk = createKioskClient({
    baseURL: platform.url,
    clientId: app.clientId,
    privateKey: app.privateJwk,
    keyId: app.kid,
    now: clock,
  });
  resident = createClient({ baseURL: platform.url, channel: 'wechat-miniapp', now: clock });
  await resident.auth.loginWithWechatCode('example-login-code');
  const own = (await resident.cards.list()).find((card) => card.relation === 'self')!;
  cardRef = own.id;

  // The resident books tomorrow at the app's hospital (at its window, fee paid there).
  visitDay = addDays(shanghaiDate(clock()), 1);
  const target = await firstFreeSlot(resident, app.hospitalId!, visitDay);
  departmentName = target.departmentName;
  const window = createClient({
    baseURL: platform.url,
    channel: 'window',
    hospitalKey: platform.platform.hospitalKey(app.hospitalId!),
    now: clock,
  });
  await window.appointments.bookAtHospital({ cardCode: own.staticQrText, slotId: target.slotId });
}, 30_000);

afterAll(() => platform.close());

it('on the visit day, checks the booking in from the dynamic code, once', async () => {
  // The day before, there is nothing to check in yet.
  const early = await checkInByCardCode(
    kiosk,
    (await resident.cards.issueDynamicCode(cardRef)).qrText,
    visitDay,
  );
  expect(early).toMatchObject({ kind: 'refused', code: 'CHECK_IN_NOT_ALLOWED' });

  platform.platform.clock.set(`${visitDay}T08:00:00+08:00`);
  const { qrText } = await resident.cards.issueDynamicCode(cardRef);
  const outcome = await checkInByCardCode(kiosk, qrText, visitDay);
  expect(outcome.kind).toBe('checked_in');
  expect(outcome.message).toBe(`签到成功，请到${departmentName}候诊`);
  const { data } = await resident.appointments.list({ view: 'upcoming' });
  expect(data.map((appointment) => [appointment.status, appointment.schedule.date])).toContainEqual([
    'checked_in',
    visitDay,
  ]);

  expect(await checkInByCardCode(kiosk, qrText, visitDay)).toEqual({
    kind: 'no_visit_today',
    message: '您今天在本院没有待签到的预约',
  });
});

it('says a lapsed code must be shown again, in words', async () => {
  const { qrText } = await resident.cards.issueDynamicCode(cardRef);
  platform.platform.clock.advance(5 * 60_000);
  const outcome = await checkInByCardCode(kiosk, qrText, shanghaiDate(platform.platform.clock.now()));
  expect(outcome).toMatchObject({ kind: 'refused', code: 'CARD_CODE_EXPIRED' });
  expect(outcome.message).toContain('刷新');
});
