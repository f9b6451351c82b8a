// The payment side of the model in one bundle: personal insurance accounts, bills, the simulated WeChat
// Pay, orders, refunds and the notification receiver, built in the order they need each other. The booking
// side and the event store come in through the ports (store/ports.ts).
import type { MockClock } from '../../clock';
import type { TestMerchant } from '../../wxpay/merchant';
import { WechatPaySimulator, type Deliver } from '../../wxpay/simulator';
import type { AccountRegistry } from '../accounts';
import { BillBook } from '../bills/bills';
import { BillDesk } from '../bills/desk';
import type { CardModel } from '../cards/model';
import type { HospitalDirectory } from '../hospitals';
import type { EventSink, RegistrationBooking } from '../ports';
import type { HospitalEventSink } from '../webhooks/events';
import { PaymentDesk } from './desk';
import { PaymentLedger } from './ledger';
import { NotificationReceiver } from './notify-receiver';
import { PersonalAccounts } from './personal-accounts';
import { RefundDesk } from './refunds';

export interface PaymentsModelDeps {
  seed: number;
  clock: MockClock;
  cards: CardModel;
  accounts: AccountRegistry;
  hospitals: HospitalDirectory;
  /** The test merchant (kept by the platform across resets). */
  merchant(): TestMerchant;
  /** How the simulator hands notifications over (in process, or to a notify URL). */
  deliver: Deliver;
  booking(): RegistrationBooking;
  events: EventSink;
  /** Where `payment.succeeded` and `payment.refunded` go to the hospital's webhooks. */
  hospitalEvents: HospitalEventSink;
  newId(prefix: string): string;
}

export class PaymentsModel {
  readonly personalAccounts: PersonalAccounts;
  readonly bills: BillDesk;
  readonly wechatPay: WechatPaySimulator;
  readonly ledger: PaymentLedger;
  readonly refunds: RefundDesk;
  readonly desk: PaymentDesk;
  readonly receiver: NotificationReceiver;

  constructor(deps: PaymentsModelDeps) {
    const { clock } = deps;
    this.personalAccounts = new PersonalAccounts(deps.seed);
    this.bills = new BillDesk(
      new BillBook(deps.seed, deps.hospitals, clock.now()),
      deps.cards,
      deps.hospitals,
      this.personalAccounts,
    );
    this.wechatPay = new WechatPaySimulator({
      clock,
      merchant: deps.merchant,
      orders: { isOpen: (outTradeNo) => this.desk.isOpen(outTradeNo) },
      deliver: deps.deliver,
    });
    this.ledger = new PaymentLedger({
      clock,
      cards: deps.cards,
      personalAccounts: this.personalAccounts,
      simulator: () => this.wechatPay,
      events: () => deps.events,
      hospitalEvents: () => deps.hospitalEvents,
    });
    this.refunds = new RefundDesk(
      this.ledger,
      () => this.wechatPay,
      clock,
      () => deps.newId('rfd'),
    );
    this.desk = new PaymentDesk({
      clock,
      ledger: this.ledger,
      refunds: this.refunds,
      bills: this.bills,
      cards: deps.cards,
      accounts: deps.accounts,
      hospitals: deps.hospitals,
      personalAccounts: this.personalAccounts,
      simulator: () => this.wechatPay,
      booking: deps.booking,
      newId: () => deps.newId('pay'),
    });
    this.receiver = new NotificationReceiver(deps.merchant, clock, this.desk, this.refunds);
  }
}
