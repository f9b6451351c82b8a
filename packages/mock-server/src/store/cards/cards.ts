// The cards themselves: one per person, with its state (normal / suspended 挂失冻结) and attribute
// (temporary 临时卡 until verified in person / formal 正式卡). Cards are never deleted: unbinding only
// removes an account's link to one.
import type { CardAttribute, CardState } from '../../contract/wire';
import { PlatformError } from '../errors';

export interface CardRecord {
  cardId: string;
  personId: string;
  state: CardState;
  attribute: CardAttribute;
  createdAtMs: number;
}

export class CardRegistry {
  private readonly byCardId = new Map<string, CardRecord>();
  private readonly byPerson = new Map<string, CardRecord>();

  constructor(seeded: readonly CardRecord[]) {
    for (const card of seeded) this.add({ ...card });
  }

  get(cardId: string): CardRecord | undefined {
    return this.byCardId.get(cardId);
  }

  forPerson(personId: string): CardRecord | undefined {
    return this.byPerson.get(personId);
  }

  add(card: CardRecord): CardRecord {
    if (this.byCardId.has(card.cardId) || this.byPerson.has(card.personId)) {
      throw new Error('One person, one card: this person or card ID has a card already');
    }
    this.byCardId.set(card.cardId, card);
    this.byPerson.set(card.personId, card);
    return card;
  }

  /** Suspends or restores a card (the platform's back office; the control API exposes it for tests). */
  setState(cardId: string, state: CardState): CardRecord {
    const card = this.byCardId.get(cardId);
    if (!card) throw new PlatformError('NOT_FOUND');
    card.state = state;
    return card;
  }

  all(): CardRecord[] {
    return [...this.byCardId.values()];
  }
}
