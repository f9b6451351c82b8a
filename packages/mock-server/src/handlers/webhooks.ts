// Hospitals' webhook subscriptions (to any of the contract's WebhookEventType). Thin: the rules live in
// store/webhooks.
import { defineOperation } from '../http/operation';

function hospital(hospitalId: string | undefined): string {
  if (hospitalId === undefined) throw new Error('A webhook operation ran without a hospital');
  return hospitalId;
}

export const webhookOperations = [
  defineOperation('createWebhook', ({ store, hospitalId, body }) => ({
    status: 201,
    body: store.webhooks.subscriptions.subscribe(hospital(hospitalId), body),
  })),

  defineOperation('listWebhooks', ({ store, hospitalId }) => ({
    status: 200,
    body: { data: store.webhooks.subscriptions.list(hospital(hospitalId)) },
  })),

  defineOperation('deleteWebhook', ({ store, hospitalId, params }) => {
    store.webhooks.subscriptions.unsubscribe(hospital(hospitalId), params.webhookId);
    return { status: 204 };
  }),
];
