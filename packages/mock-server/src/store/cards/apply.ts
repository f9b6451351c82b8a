// Applying for a card (实名申领), or binding the one the person already has. The order is the contract's:
// the request's shape (400, checked by the pipeline and by checkApplication), the rules (422), the SMS code
// (401), then the platform's state (409). Everything runs synchronously, with nothing written until every
// check has passed, so a refused application changes nothing and concurrent applications cannot both
// create a card for one person.
import { maskPhone, shanghaiDate } from '@yika/sdk/domain';
import type { CardApplication, Channel } from '../../contract/wire';
import { PlatformError } from '../errors';
import type { SmsDesk } from '../sms';
import { checkApplication } from './application-rules';
import { MAX_CARDS_PER_ACCOUNT, type BindingRecord } from './bindings';
import type { CardIdDeriver } from './card-id';
import type { CardModel } from './model';

export interface ApplyDependencies extends CardModel {
  sms: SmsDesk;
  deriveCardId: CardIdDeriver;
  newPersonId(): string;
}

export interface ApplyRequest {
  accountId: string;
  channel: Channel;
  application: CardApplication;
}

export interface ApplyOutcome {
  outcome: 'created' | 'bound';
  binding: BindingRecord;
}

export function applyForCard(model: ApplyDependencies, request: ApplyRequest): ApplyOutcome {
  const { accountId, channel, application } = request;
  const now = model.clock.now();
  const checked = checkApplication(application, shanghaiDate(now));
  const spendSmsCode = model.sms.check(application.phone, application.smsCode, 'card');

  const person = model.persons.find(application.idType, checked.idNumber);
  const existingCard = person && model.cards.forPerson(person.id);
  const held = model.bindings.forAccount(accountId);
  const ownCard = held.find((binding) => binding.relation === 'self');
  if (existingCard && held.some((binding) => binding.cardId === existingCard.cardId)) {
    throw new PlatformError('CARD_ALREADY_BOUND');
  }
  if (application.relation === 'self' && ownCard) throw new PlatformError('SELF_CARD_EXISTS');
  if (checked.isMinor && !ownCard) throw new PlatformError('GUARDIAN_CARD_REQUIRED');
  if (held.length >= MAX_CARDS_PER_ACCOUNT) throw new PlatformError('CARD_LIMIT_REACHED');
  // Last, so the masked phone on record is named only to someone whose application is otherwise fine.
  if (person && person.phone !== application.phone) {
    throw new PlatformError('CARD_PHONE_MISMATCH', {
      message: `该证件已办理过电子健康卡，请使用预留手机号 ${maskPhone(person.phone)} 验证`,
    });
  }

  // Every check passed: from here on, write.
  spendSmsCode();
  const holder =
    person ??
    model.persons.add({
      id: model.newPersonId(),
      idType: application.idType,
      idNumber: checked.idNumber,
      name: application.name,
      gender: application.gender,
      nation: application.nation,
      birthDate: checked.birthDate,
      phone: application.phone,
      ...(application.address === undefined ? {} : { address: application.address }),
      createdAtMs: now,
    });
  const card =
    existingCard ??
    model.cards.add({
      cardId: model.deriveCardId(holder.idType, holder.idNumber),
      personId: holder.id,
      state: 'normal',
      attribute: 'temporary',
      createdAtMs: now,
    });
  const binding = model.bindings.bind({
    accountId,
    cardId: card.cardId,
    relation: application.relation,
    boundAtMs: now,
  });
  if (checked.isMinor && ownCard && application.guardianConsent) {
    model.consents.record({
      cardId: card.cardId,
      accountId,
      guardianCardId: ownCard.cardId,
      consentVersion: application.guardianConsent.consentVersion,
      channel,
      recordedAtMs: now,
    });
  }
  return { outcome: existingCard ? 'bound' : 'created', binding };
}
