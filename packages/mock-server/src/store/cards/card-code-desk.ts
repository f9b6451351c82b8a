// The card's codes: issuing a dynamic code to the resident holding the card, and verifying a scanned code
// for a hospital, which returns that hospital's own patient number for the holder (created by the master
// index on the card's first use there). A suspended card gets no code and does not verify.
import { parseCardQrText, toShanghaiIso } from '@yika/sdk/domain';
import { CARD_CODE_REFRESH_AFTER_SECONDS, type CardCodeSigner } from '../../auth/card-codes';
import type { CardCodeVerification, DynamicCardCode } from '../../contract/wire';
import { PlatformError } from '../errors';
import { cardAndPerson, type CardModel } from './model';
import { toCardHolder } from './view';

export class CardCodeDesk {
  constructor(
    private readonly model: CardModel,
    private readonly signer: CardCodeSigner,
  ) {}

  async issue(accountId: string, ref: string): Promise<DynamicCardCode> {
    const binding = this.model.bindings.get(accountId, ref);
    const { card } = cardAndPerson(this.model, binding.cardId);
    if (card.state === 'suspended') throw new PlatformError('CARD_SUSPENDED');
    const signed = await this.signer.sign(card.cardId);
    return {
      qrText: `${card.cardId}:0:${signed.validity}`,
      expiresAt: toShanghaiIso(signed.expiresAtMs),
      ttlSeconds: this.signer.ttlSeconds,
      refreshAfterSeconds: Math.min(CARD_CODE_REFRESH_AFTER_SECONDS, this.signer.ttlSeconds),
    };
  }

  async verify(hospitalId: string, qrText: string): Promise<CardCodeVerification> {
    const parsed = parseCardQrText(qrText);
    if (!parsed) throw new PlatformError('CARD_CODE_MALFORMED');
    const expiresAtMs =
      parsed.kind === 'dynamic'
        ? (await this.signer.verify(parsed.cardId, parsed.validity)).expiresAtMs
        : undefined;
    const card = this.model.cards.get(parsed.cardId);
    if (!card) throw new PlatformError('CARD_CODE_INVALID');
    const { person } = cardAndPerson(this.model, card.cardId);
    if (card.state === 'suspended') throw new PlatformError('CARD_SUSPENDED');
    const { patientNumber, created } = this.model.patients.numberFor(hospitalId, person.id);
    return {
      codeKind: parsed.kind,
      cardId: card.cardId,
      state: card.state,
      attribute: card.attribute,
      holder: toCardHolder(person),
      hospitalId,
      patientNumber,
      patientNumberCreated: created,
      ...(expiresAtMs === undefined ? {} : { expiresAt: toShanghaiIso(expiresAtMs) }),
    };
  }
}
