// Bills as residents see them: only the bills of cards the account holds (another account's bill is simply
// not found), newest first and paged, with the insurance estimate for a card linked to social security.
import { maskName } from '@yika/sdk/domain';
import { toShanghaiIso } from '@yika/sdk/domain';
import type { Bill, BillPage, BillStatus } from '../../contract/wire';
import { invoiceUrl } from '../../wxpay/urls';
import { hospitalRef } from '../booking/views';
import type { BindingRecord } from '../cards/bindings';
import { cardAndPerson, type CardModel } from '../cards/model';
import { pageOf, type PageRequest } from '../cursor';
import { PlatformError } from '../errors';
import type { HospitalDirectory } from '../hospitals';
import type { PersonalAccounts } from '../payments/personal-accounts';
import { insuranceSplit } from '../payments/split';
import type { BillBook, BillRecord } from './bills';

export interface BillQuery extends PageRequest {
  cardRef?: string;
  status?: BillStatus;
  hospitalId?: string;
}

/** A bill with the account's binding of its card and the holder, as the payment side needs them. */
export interface AccountBill {
  bill: BillRecord;
  binding: BindingRecord;
  personId: string;
  patientName: string;
  /** The card is linked to a social-security card (社保卡). */
  insured: boolean;
}

export class BillDesk {
  constructor(
    readonly book: BillBook,
    private readonly cards: CardModel,
    private readonly hospitals: HospitalDirectory,
    private readonly personalAccounts: PersonalAccounts,
  ) {}

  list(accountId: string, query: BillQuery, origin: string): BillPage {
    const status = query.status ?? 'unpaid';
    const bindings =
      query.cardRef === undefined
        ? this.cards.bindings.forAccount(accountId)
        : [this.cards.bindings.get(accountId, query.cardRef)];
    const matches = bindings
      .flatMap((binding) => this.book.forCard(binding.cardId).map((bill) => ({ bill, binding })))
      .filter(({ bill }) => statusOf(bill) === status)
      .filter(({ bill }) => query.hospitalId === undefined || bill.hospitalId === query.hospitalId)
      .sort((a, b) => b.bill.issuedAtMs - a.bill.issuedAtMs || (a.bill.id < b.bill.id ? 1 : -1));
    const filters = { cardRef: query.cardRef ?? '', status, hospitalId: query.hospitalId ?? '' };
    return pageOf(matches, query, filters, ({ bill, binding }) =>
      this.view(this.withHolder(bill, binding), origin),
    );
  }

  get(accountId: string, billId: string, origin: string): Bill {
    return this.view(this.requireForAccount(accountId, billId), origin);
  }

  /** The account's bill; NOT_FOUND when no card of the account has it. */
  requireForAccount(accountId: string, billId: string): AccountBill {
    for (const binding of this.cards.bindings.forAccount(accountId)) {
      const bill = this.book.forCard(binding.cardId).find((candidate) => candidate.id === billId);
      if (bill) return this.withHolder(bill, binding);
    }
    throw new PlatformError('NOT_FOUND');
  }

  private withHolder(bill: BillRecord, binding: BindingRecord): AccountBill {
    const { person } = cardAndPerson(this.cards, binding.cardId);
    return {
      bill,
      binding,
      personId: person.id,
      patientName: maskName(person.name),
      insured: this.cards.socialSecurity.get(binding.cardId) !== undefined,
    };
  }

  private view({ bill, binding, personId, patientName, insured }: AccountBill, origin: string): Bill {
    return {
      id: bill.id,
      status: statusOf(bill),
      cardRef: binding.ref,
      patientName,
      hospital: hospitalRef(this.hospitals.require(bill.hospitalId)),
      departmentName: bill.departmentName,
      doctorName: bill.doctorName,
      issuedAt: toShanghaiIso(bill.issuedAtMs),
      totalFen: bill.totalFen,
      items: bill.items.map((item) => ({ ...item })),
      insuranceEstimate: insured
        ? insuranceSplit(bill.items, this.personalAccounts.balanceFen(personId))
        : null,
      ...(bill.paymentId === undefined
        ? {}
        : { paymentId: bill.paymentId, invoiceUrl: invoiceUrl(origin, bill.paymentId) }),
    };
  }
}

export function statusOf(bill: BillRecord): BillStatus {
  return bill.paymentId === undefined ? 'unpaid' : 'paid';
}
