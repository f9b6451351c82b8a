// Personal medical-insurance accounts (医保个人账户): a balance per person, seeded from the platform's seed
// and the person (the same person always starts with the same balance), lowered when an order uses it and
// given back when such an order closes unpaid.
import { createRandom, mixSeed } from '../../random';

/** Largest seeded balance: 3,000 元. */
const MAX_SEEDED_FEN = 300_000;

export function hashText(text: string): number {
  return mixSeed(...Array.from(text, (character) => character.codePointAt(0) ?? 0));
}

export class PersonalAccounts {
  private readonly spentFen = new Map<string, number>();

  constructor(private readonly seed: number) {}

  /** What the person's account can still pay. */
  balanceFen(personId: string): number {
    return this.seededFen(personId) - (this.spentFen.get(personId) ?? 0);
  }

  take(personId: string, fen: number): void {
    if (fen > this.balanceFen(personId)) throw new RangeError('The personal account cannot pay that much');
    this.spentFen.set(personId, (this.spentFen.get(personId) ?? 0) + fen);
  }

  giveBack(personId: string, fen: number): void {
    this.spentFen.set(personId, (this.spentFen.get(personId) ?? 0) - fen);
  }

  private seededFen(personId: string): number {
    const random = createRandom(mixSeed(this.seed, 0xacc0, hashText(personId)));
    // One in eight has an empty account, so screens meet the case.
    return random.chance(0.125) ? 0 : random.int(0, MAX_SEEDED_FEN);
  }
}
