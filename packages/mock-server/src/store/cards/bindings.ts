// Account bindings (绑卡): which cards an account holds, under which relation, and which one is the
// default. An account sees a card only through its own opaque reference (`crd_...`), never by card ID,
// and another account's reference is simply not found (404, never 403), so card IDs cannot be probed.
import type { Relation } from '../../contract/wire';
import { PlatformError } from '../errors';

export const MAX_CARDS_PER_ACCOUNT = 5;

export interface BindingRecord {
  /** The account's reference to the card, used in URLs. */
  ref: string;
  accountId: string;
  cardId: string;
  relation: Relation;
  isDefault: boolean;
  boundAtMs: number;
  /** Binding order, to break ties between bindings made in the same millisecond. */
  sequence: number;
}

export type NewBinding = Omit<BindingRecord, 'ref' | 'isDefault' | 'sequence'>;

export class BindingRegistry {
  private readonly byAccount = new Map<string, BindingRecord[]>();
  private readonly refs = new Set<string>();
  private sequence = 0;

  constructor(
    seeded: readonly Omit<BindingRecord, 'sequence'>[],
    private readonly newRef: () => string,
  ) {
    for (const binding of seeded) this.insert({ ...binding, sequence: this.sequence++ });
  }

  /** The account's bindings: the default first, then in the order they were bound. */
  forAccount(accountId: string): BindingRecord[] {
    return [...(this.byAccount.get(accountId) ?? [])].sort(
      (a, b) => Number(b.isDefault) - Number(a.isDefault) || byBindingOrder(a, b),
    );
  }

  /** The account's binding behind `ref`; NOT_FOUND for unknown refs and for other accounts' refs alike. */
  get(accountId: string, ref: string): BindingRecord {
    const binding = this.byAccount.get(accountId)?.find((item) => item.ref === ref);
    if (!binding) throw new PlatformError('NOT_FOUND');
    return binding;
  }

  findCard(accountId: string, cardId: string): BindingRecord | undefined {
    return this.byAccount.get(accountId)?.find((item) => item.cardId === cardId);
  }

  /** Every account holding the card (a family may share one: both parents hold their child's card). */
  holdersOf(cardId: string): BindingRecord[] {
    return [...this.byAccount.values()].flat().filter((item) => item.cardId === cardId);
  }

  /** Binds a card; the account's first card becomes its default. */
  bind(binding: NewBinding): BindingRecord {
    if (this.findCard(binding.accountId, binding.cardId)) throw new PlatformError('CARD_ALREADY_BOUND');
    const isDefault = (this.byAccount.get(binding.accountId) ?? []).length === 0;
    let ref = this.newRef();
    while (this.refs.has(ref)) ref = this.newRef();
    return this.insert({ ...binding, ref, isDefault, sequence: this.sequence++ });
  }

  /** Removes only the link; when it was the default, the earliest remaining binding becomes the default. */
  unbind(accountId: string, ref: string): void {
    const binding = this.get(accountId, ref);
    const remaining = (this.byAccount.get(accountId) ?? []).filter((item) => item !== binding);
    this.byAccount.set(accountId, remaining);
    if (binding.isDefault) {
      const earliest = [...remaining].sort(byBindingOrder)[0];
      if (earliest) earliest.isDefault = true;
    }
  }

  setDefault(accountId: string, ref: string): BindingRecord {
    const chosen = this.get(accountId, ref);
    for (const binding of this.byAccount.get(accountId) ?? []) binding.isDefault = binding === chosen;
    return chosen;
  }

  private insert(binding: BindingRecord): BindingRecord {
    this.refs.add(binding.ref);
    const list = this.byAccount.get(binding.accountId) ?? [];
    list.push(binding);
    this.byAccount.set(binding.accountId, list);
    return binding;
  }
}

function byBindingOrder(a: BindingRecord, b: BindingRecord): number {
  return a.boundAtMs - b.boundAtMs || a.sequence - b.sequence;
}
