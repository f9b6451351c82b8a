// The resident's side of the e-health card: list, read, apply or bind, make default, unbind, link a
// social-security card. Every operation goes through the account's own bindings, so another account's
// card is never found (404), whatever its reference.
import type { Card, CardApplication, CardState, Channel } from '../../contract/wire';
import { applyForCard, type ApplyDependencies } from './apply';
import { cardView } from './model';

export interface ApplyResult {
  status: 200 | 201;
  body: { outcome: 'created' | 'bound'; card: Card };
}

export class HealthCards {
  constructor(private readonly model: ApplyDependencies) {}

  list(accountId: string): Card[] {
    return this.model.bindings.forAccount(accountId).map((binding) => cardView(this.model, binding));
  }

  get(accountId: string, ref: string): Card {
    return cardView(this.model, this.model.bindings.get(accountId, ref));
  }

  apply(accountId: string, application: CardApplication, channel: Channel): ApplyResult {
    const { outcome, binding } = applyForCard(this.model, { accountId, channel, application });
    return {
      status: outcome === 'created' ? 201 : 200,
      body: { outcome, card: cardView(this.model, binding) },
    };
  }

  unbind(accountId: string, ref: string): void {
    this.model.bindings.unbind(accountId, ref);
  }

  setDefault(accountId: string, ref: string): Card {
    return cardView(this.model, this.model.bindings.setDefault(accountId, ref));
  }

  linkSocialSecurityCard(accountId: string, ref: string, socialSecurityNumber: string): Card {
    const binding = this.model.bindings.get(accountId, ref);
    this.model.socialSecurity.link(binding.cardId, socialSecurityNumber);
    return cardView(this.model, binding);
  }

  /** Back office: suspend (挂失/冻结) or restore a card by its card ID. */
  setState(cardId: string, state: CardState): void {
    this.model.cards.setState(cardId, state);
  }
}
