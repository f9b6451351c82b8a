// A hospital's self-service kiosk (自助机) on Yika (guide: ./README.md): it signs in as the hospital's app
// with its private key, reads the resident's e-health card code from the scanner, and checks today's visit
// in (签到). Node 20 (or any runtime with WebCrypto): the kiosk's own computer or the hospital's server.
import { createClient, isYikaError, type Appointment, type YikaClient } from '@yika/sdk';
import { privateKeyJwt, type PrivateKeyJwtOptions } from '@yika/sdk/server';

export interface KioskConfig {
  baseURL: string;
  /** The hospital app's client id and private key (PKCS#8 PEM text or a private JWK), as registered. */
  clientId: string;
  privateKey: PrivateKeyJwtOptions['privateKey'];
  keyId: string;
  /** The clock for assertions and token expiry; tests pass the mock platform's. Default: the system's. */
  now?: () => number;
}

export function createKioskClient(config: KioskConfig): YikaClient {
  const clock = config.now ? { now: config.now } : {};
  return createClient({
    baseURL: config.baseURL,
    channel: 'kiosk',
    clientAuth: privateKeyJwt({
      clientId: config.clientId,
      privateKey: config.privateKey,
      keyId: config.keyId,
      ...clock,
    }),
    ...clock,
  });
}

/** What the kiosk screen says after a scan; `message` is for the resident, in plain Chinese. */
export type CheckInOutcome =
  | { kind: 'checked_in'; appointment: Appointment; message: string }
  | { kind: 'no_visit_today'; message: string }
  | { kind: 'refused'; code: string; message: string };

/**
 * Scan -> verify the code -> this patient's visits here today -> check the first booked one in. Codes
 * and rules that refuse (an expired code, a visit already checked in) become a message, not a crash.
 */
export async function checkInByCardCode(
  kiosk: YikaClient,
  scannedText: string,
  today: string,
): Promise<CheckInOutcome> {
  try {
    const { patientNumber } = await kiosk.cards.verifyCode(scannedText);
    const { data } = await kiosk.appointments.listForPatient(patientNumber, { date: today });
    const visit = data.find((appointment) => appointment.status === 'booked');
    if (!visit) return { kind: 'no_visit_today', message: '您今天在本院没有待签到的预约' };
    const appointment = await kiosk.appointments.checkIn(visit.id);
    return { kind: 'checked_in', appointment, message: `签到成功，请到${visit.department.name}候诊` };
  } catch (error) {
    if (!isYikaError(error)) throw error;
    // A refusal the resident can act on (CARD_CODE_EXPIRED: refresh the code and show it again).
    return { kind: 'refused', code: error.code, message: error.message };
  }
}
