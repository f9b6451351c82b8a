// The card side of the platform's model in one bundle, so the services that work on it (applying,
// managing, codes) share one set of registries and build cards for the wire the same way.
import { shanghaiDate } from '@yika/sdk/domain';
import type { MockClock } from '../../clock';
import type { Card } from '../../contract/wire';
import type { BindingRecord, BindingRegistry } from './bindings';
import type { CardRecord, CardRegistry } from './cards';
import type { GuardianConsents } from './consents';
import type { PatientIndex } from './patient-numbers';
import type { PersonIndex, PersonRecord } from './persons';
import type { SocialSecurityLinks } from './social-security';
import { toCard } from './view';

export interface CardModel {
  clock: MockClock;
  persons: PersonIndex;
  cards: CardRegistry;
  bindings: BindingRegistry;
  consents: GuardianConsents;
  patients: PatientIndex;
  socialSecurity: SocialSecurityLinks;
}

/** The card and its holder; every card has a person, so a gap is a bug in the model. */
export function cardAndPerson(model: CardModel, cardId: string): { card: CardRecord; person: PersonRecord } {
  const card = model.cards.get(cardId);
  const person = card && model.persons.get(card.personId);
  if (!card || !person) throw new Error('The model lost a card or its holder');
  return { card, person };
}

/** The card as the binding's account sees it. */
export function cardView(model: CardModel, binding: BindingRecord): Card {
  const { card, person } = cardAndPerson(model, binding.cardId);
  return toCard({
    binding,
    card,
    person,
    consent: model.consents.latest(card.cardId, binding.accountId),
    socialSecurityNumber: model.socialSecurity.get(card.cardId),
    today: shanghaiDate(model.clock.now()),
  });
}
