// Guardian consents (监护人同意): a child under 14 is a minor whose data is sensitive personal information
// (PIPL art. 28, 31), so the platform records who consented, to which version of the text, on which
// channel and when, with the guardian's own card. Records are kept when the card is unbound.
import type { Channel } from '../../contract/wire';

export interface ConsentRecord {
  /** The child's card. */
  cardId: string;
  /** The guardian's account and own (`self`) card. */
  accountId: string;
  guardianCardId: string;
  consentVersion: string;
  channel: Channel;
  recordedAtMs: number;
}

export class GuardianConsents {
  private readonly records: ConsentRecord[] = [];

  record(consent: ConsentRecord): ConsentRecord {
    const stored = { ...consent };
    this.records.push(stored);
    return stored;
  }

  /** The latest consent this account's guardian gave for the card. */
  latest(cardId: string, accountId: string): ConsentRecord | undefined {
    return this.records.filter((item) => item.cardId === cardId && item.accountId === accountId).at(-1);
  }

  all(): ConsentRecord[] {
    return this.records.map((item) => ({ ...item }));
  }

  forCard(cardId: string): ConsentRecord[] {
    return this.records.filter((item) => item.cardId === cardId).map((item) => ({ ...item }));
  }
}
