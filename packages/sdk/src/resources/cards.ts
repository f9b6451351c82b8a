// client.cards: the electronic health card (电子健康卡). Residents apply for their own card and their
// family's (up to 5 per account), pick the default, unbind, link a social-security card and show a
// dynamic code (动态码). Hospitals verify a scanned code online with `verifyCode` (needs the client's
// `hospitalKey`); offline verification against the JWKS lives in `@yika/sdk/verify`.
import type { components } from '../generated/openapi';
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type {
  Card,
  CardApplication,
  CardApplicationResult,
  CardCodeVerification,
  DynamicCardCode,
  SmsCodeSent,
} from '../types';
import { cardPath } from './paths';

type Schemas = components['schemas'];

export class CardsResource {
  constructor(private readonly sender: RequestSender) {}

  /** The account's cards: the default first, then in the order they were bound. */
  async list(options?: RequestOptions): Promise<Card[]> {
    const list = await this.sender.request<Schemas['CardList']>(
      { method: 'GET', path: '/v1/cards', auth: 'required' },
      options,
    );
    return list.data;
  }

  /** One card of this account; NOT_FOUND for a card of another account (its existence stays hidden). */
  get(cardRef: string, options?: RequestOptions): Promise<Card> {
    return this.sender.request<Card>({ method: 'GET', path: cardPath(cardRef), auth: 'required' }, options);
  }

  /**
   * Applies for a card, or binds the person's existing one (`outcome: 'bound'`): one person, one card.
   * Check the form with `validateCardApplication` from `@yika/sdk/domain` first; the platform refuses
   * the same problems with the same codes. Pass the same `idempotencyKey` when resubmitting the same
   * form after an app restart, so a card is never applied for twice.
   */
  apply(application: CardApplication, options?: RequestOptions): Promise<CardApplicationResult> {
    return this.sender.request<CardApplicationResult>(
      { method: 'POST', path: '/v1/cards', body: application, auth: 'required' },
      options,
    );
  }

  /** Sends the SMS code that proves `phone` for a card application (purpose `card`; one per minute). */
  sendSmsCode(phone: string, options?: RequestOptions): Promise<SmsCodeSent> {
    const body: Schemas['SmsCodeRequest'] = { phone, purpose: 'card' };
    return this.sender.request<SmsCodeSent>(
      { method: 'POST', path: '/v1/auth/sms-codes', body, auth: 'none' },
      options,
    );
  }

  /** Makes the card the account's default (the one the home page shows). */
  setDefault(cardRef: string, options?: RequestOptions): Promise<Card> {
    return this.sender.request<Card>(
      { method: 'PUT', path: `${cardPath(cardRef)}/default`, auth: 'required' },
      options,
    );
  }

  /** Unbinds the card from this account; the card and its history stay on the platform. */
  unbind(cardRef: string, options?: RequestOptions): Promise<void> {
    return this.sender.request<void>(
      { method: 'DELETE', path: cardPath(cardRef), auth: 'required' },
      options,
    );
  }

  /** Links a social-security card number (社保卡号) to the health card. */
  linkSocialSecurityCard(
    cardRef: string,
    socialSecurityNumber: string,
    options?: RequestOptions,
  ): Promise<Card> {
    const body: Schemas['SocialSecurityLink'] = { socialSecurityNumber };
    return this.sender.request<Card>(
      { method: 'PUT', path: `${cardPath(cardRef)}/social-security-card`, body, auth: 'required' },
      options,
    );
  }

  /**
   * A fresh dynamic code (`<cardId>:0:<validity>`). Fetch the next one after `refreshAfterSeconds`, before
   * `expiresAt`, so the code on screen never lapses.
   */
  issueDynamicCode(cardRef: string, options?: RequestOptions): Promise<DynamicCardCode> {
    return this.sender.request<DynamicCardCode>(
      { method: 'POST', path: `${cardPath(cardRef)}/dynamic-codes`, auth: 'required' },
      options,
    );
  }

  /**
   * For hospitals: verifies a scanned code (static or dynamic) online and returns the card with this
   * hospital's patient number (created on the card's first use here). Needs `createClient({ hospitalKey })`
   * or `clientAuth`; without either, rejects at once with code HOSPITAL_KEY_REQUIRED. Surrounding whitespace (a scanner's
   * CR/LF) is removed before sending.
   */
  verifyCode(qrText: string, options?: RequestOptions): Promise<CardCodeVerification> {
    const body: Schemas['CardCodeVerificationRequest'] = { qrText: qrText.trim() };
    return this.sender.request<CardCodeVerification>(
      { method: 'POST', path: '/v1/card-codes/verify', body, auth: 'hospital' },
      options,
    );
  }
}
