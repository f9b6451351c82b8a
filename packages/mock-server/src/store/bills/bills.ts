// Outpatient bills (门诊待缴费) per health card. Each card's seeded bills are a pure function of the seed and
// the card (1 to 3 unpaid bills from the charge catalog, issued in the 3 days before the platform's start),
// made on first look; tests and the control API add exact bills with `add`. A bill is paid once.
import type { BillItem, Department } from '../../contract/wire';
import { createRandom, mixSeed, type Random } from '../../random';
import type { HospitalDirectory } from '../hospitals';
import { PlatformError } from '../errors';
import { chineseName } from '../seed/names';
import { hashText } from '../payments/personal-accounts';
import { BILL_CATALOG, billItem } from './catalog';

export interface BillRecord {
  id: string;
  cardId: string;
  hospitalId: string;
  departmentName: string;
  doctorName: string;
  issuedAtMs: number;
  items: BillItem[];
  totalFen: number;
  paymentId?: string;
  paidAtMs?: number;
}

/** An exact bill for tests and the control API; left-out fields get plain defaults. */
export interface NewBill {
  cardId: string;
  items: readonly BillItem[];
  hospitalId?: string;
  departmentName?: string;
  doctorName?: string;
  issuedAtMs?: number;
}

const HOUR_MS = 60 * 60 * 1000;

export class BillBook {
  private readonly byId = new Map<string, BillRecord>();
  private readonly byCard = new Map<string, BillRecord[]>();
  private added = 0;

  constructor(
    private readonly seed: number,
    private readonly hospitals: HospitalDirectory,
    /** The platform clock when the store was built: seeded bills are issued before it. */
    private readonly originMs: number,
  ) {}

  /** The card's bills, newest first (its seeded ones made on first look). */
  forCard(cardId: string): BillRecord[] {
    let bills = this.byCard.get(cardId);
    if (!bills) {
      bills = this.seeded(cardId);
      this.byCard.set(cardId, bills);
      for (const bill of bills) this.byId.set(bill.id, bill);
    }
    return [...bills].sort((a, b) => b.issuedAtMs - a.issuedAtMs || (a.id < b.id ? 1 : -1));
  }

  /** A bill already looked at (its card's bills are made first by `forCard`). */
  get(billId: string): BillRecord | undefined {
    return this.byId.get(billId);
  }

  add(bill: NewBill): BillRecord {
    if (bill.items.length === 0) throw new RangeError('A bill has at least one item');
    const hospital = this.hospitals.require(bill.hospitalId ?? this.hospitals.all()[0]!.id);
    this.forCard(bill.cardId);
    this.added += 1;
    const record: BillRecord = {
      id: `bil_t${String(this.added).padStart(7, '0')}`,
      cardId: bill.cardId,
      hospitalId: hospital.id,
      departmentName: bill.departmentName ?? '全科医学科',
      doctorName: bill.doctorName ?? '陈立华',
      issuedAtMs: bill.issuedAtMs ?? this.originMs,
      items: bill.items.map((item) => ({ ...item })),
      totalFen: bill.items.reduce((sum, item) => sum + item.amountFen, 0),
    };
    this.byCard.get(bill.cardId)!.push(record);
    this.byId.set(record.id, record);
    return record;
  }

  markPaid(billId: string, paymentId: string, paidAtMs: number): void {
    const bill = this.byId.get(billId);
    if (!bill) throw new PlatformError('NOT_FOUND');
    if (bill.paymentId !== undefined) throw new PlatformError('BILL_ALREADY_PAID');
    bill.paymentId = paymentId;
    bill.paidAtMs = paidAtMs;
  }

  private seeded(cardId: string): BillRecord[] {
    const cardHash = hashText(cardId);
    const random = createRandom(mixSeed(this.seed, 0xb111, cardHash));
    const count = random.int(1, 3);
    const bills: BillRecord[] = [];
    for (let index = 0; index < count; index++) {
      const hospital = random.pick(this.hospitals.all());
      const items = randomItems(random);
      bills.push({
        id: `bil_${mixSeed(this.seed, cardHash, index).toString(36)}${index}`,
        cardId,
        hospitalId: hospital.id,
        departmentName: random.pick(leafDepartments(hospital.departments)).name,
        doctorName: chineseName(random, random.chance(0.5) ? 'male' : 'female'),
        issuedAtMs: this.originMs - random.int(1, 72) * HOUR_MS - random.int(0, 59) * 60_000,
        items,
        totalFen: items.reduce((sum, item) => sum + item.amountFen, 0),
      });
    }
    return bills;
  }
}

function randomItems(random: Random): BillItem[] {
  // The consultation fee first, then 1 to 5 distinct charges.
  const [fee, ...rest] = BILL_CATALOG;
  const chosen = random.shuffle(rest).slice(0, random.int(1, 5));
  return [
    billItem(fee!, 1),
    ...chosen.map((entry) => billItem(entry, entry.category === 'drug' ? random.int(1, 3) : 1)),
  ];
}

function leafDepartments(departments: readonly Department[]): Department[] {
  return departments.flatMap((department) =>
    department.children && department.children.length > 0
      ? leafDepartments(department.children)
      : [department],
  );
}
