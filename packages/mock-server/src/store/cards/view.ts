// How cards look on the wire. The platform never returns a full ID number or phone: the holder carries
// them masked, and a linked social-security number too.
import { isMinorOn, maskIdNumber, maskPhone, toShanghaiIso } from '@yika/sdk/domain';
import type { Card, CardHolder } from '../../contract/wire';
import type { BindingRecord } from './bindings';
import type { CardRecord } from './cards';
import type { ConsentRecord } from './consents';
import type { PersonRecord } from './persons';

export function staticQrText(cardId: string): string {
  return `${cardId}:1`;
}

export function toCardHolder(person: PersonRecord): CardHolder {
  return {
    name: person.name,
    gender: person.gender,
    nation: person.nation,
    birthDate: person.birthDate,
    idType: person.idType,
    maskedIdNumber: maskIdNumber(person.idNumber),
    maskedPhone: maskPhone(person.phone),
  };
}

export interface CardParts {
  binding: BindingRecord;
  card: CardRecord;
  person: PersonRecord;
  consent: ConsentRecord | undefined;
  socialSecurityNumber: string | undefined;
  /** Today in Asia/Shanghai, for `isMinor`. */
  today: string;
}

export function toCard({ binding, card, person, consent, socialSecurityNumber, today }: CardParts): Card {
  return {
    id: binding.ref,
    cardId: card.cardId,
    staticQrText: staticQrText(card.cardId),
    holder: toCardHolder(person),
    relation: binding.relation,
    isDefault: binding.isDefault,
    state: card.state,
    attribute: card.attribute,
    isMinor: isMinorOn(person.birthDate, today),
    ...(consent === undefined
      ? {}
      : {
          guardianConsent: {
            consentVersion: consent.consentVersion,
            recordedAt: toShanghaiIso(consent.recordedAtMs),
            channel: consent.channel,
          },
        }),
    socialSecurityLinked: socialSecurityNumber !== undefined,
    ...(socialSecurityNumber === undefined
      ? {}
      : { maskedSocialSecurityNumber: maskIdNumber(socialSecurityNumber) }),
    boundAt: toShanghaiIso(binding.boundAtMs),
    createdAt: toShanghaiIso(card.createdAtMs),
  };
}
