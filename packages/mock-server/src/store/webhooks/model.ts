// Hospital webhooks in one bundle: who subscribed, and the deliveries to them.
import type { SigningKeys } from '../../auth/keys';
import type { MockClock } from '../../clock';
import { WebhookDispatcher, type WebhookPost } from './dispatcher';
import { WebhookSubscriptions } from './subscriptions';

export class WebhookModel {
  readonly subscriptions: WebhookSubscriptions;
  readonly dispatcher: WebhookDispatcher;

  constructor(deps: { clock: MockClock; keys: SigningKeys; newId: () => string; post?: WebhookPost }) {
    this.subscriptions = new WebhookSubscriptions(deps.clock, deps.newId);
    this.dispatcher = new WebhookDispatcher(this.subscriptions, deps.keys, deps.clock, deps.post);
  }
}
