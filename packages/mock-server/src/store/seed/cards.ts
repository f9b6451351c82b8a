// Builds the seeded card holders into the model's records: persons, their cards (IDs derived like every
// other card) and the demo resident's two bindings. Timestamps sit before the seed epoch.
import type { Relation } from '../../contract/wire';
import type { BindingRecord } from '../cards/bindings';
import type { CardIdDeriver } from '../cards/card-id';
import type { CardRecord } from '../cards/cards';
import type { PersonRecord } from '../cards/persons';
import {
  DEMO_PARENT_HOLDER,
  DEMO_SELF_HOLDER,
  SEEDED_UNBOUND_PERSONS,
  type SeededCardHolder,
} from './card-holders';

export interface SeededCards {
  persons: PersonRecord[];
  cards: CardRecord[];
  bindings: Omit<BindingRecord, 'sequence'>[];
}

const DAY_MS = 86_400_000;

export function buildSeedCards(
  seedEpochMs: number,
  demoAccountId: string,
  deriveCardId: CardIdDeriver,
  newId: (prefix: string) => string,
): SeededCards {
  const seeded: SeededCards = { persons: [], cards: [], bindings: [] };
  const addHolder = (holder: SeededCardHolder, createdAtMs: number, attribute: CardRecord['attribute']) => {
    const person: PersonRecord = { id: newId('per'), ...holder, createdAtMs };
    const card: CardRecord = {
      cardId: deriveCardId(holder.idType, holder.idNumber),
      personId: person.id,
      state: 'normal',
      attribute,
      createdAtMs,
    };
    seeded.persons.push(person);
    seeded.cards.push(card);
    return card;
  };
  const bindToDemo = (card: CardRecord, relation: Relation, boundAtMs: number, isDefault: boolean) =>
    seeded.bindings.push({
      ref: newId('crd'),
      accountId: demoAccountId,
      cardId: card.cardId,
      relation,
      isDefault,
      boundAtMs,
    });

  const self = addHolder(DEMO_SELF_HOLDER, seedEpochMs - 300 * DAY_MS, 'formal');
  bindToDemo(self, 'self', seedEpochMs - 300 * DAY_MS, true);
  const parent = addHolder(DEMO_PARENT_HOLDER, seedEpochMs - 200 * DAY_MS, 'temporary');
  bindToDemo(parent, 'parent', seedEpochMs - 200 * DAY_MS, false);
  SEEDED_UNBOUND_PERSONS.forEach((holder, index) =>
    addHolder(holder, seedEpochMs - (150 - index * 20) * DAY_MS, 'formal'),
  );
  return seeded;
}
