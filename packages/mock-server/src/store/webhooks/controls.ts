// What tests and tools see of webhook deliveries through the platform (`platform.webhooks`).
import type { WebhookDelivery } from './dispatcher';

export interface WebhookControls {
  /** Every delivery so far, oldest first, with each attempt. */
  deliveries(): readonly WebhookDelivery[];
  /** Runs the retries that are due on the platform clock (move the clock first). */
  retryDue(): Promise<void>;
  /** Resolves once every delivery under way is settled. */
  idle(): Promise<void>;
}
