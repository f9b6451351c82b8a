// One in-memory model of the platform per instance. Everything stateful lives here (including the
// signing key), so a reset is simply a new store built from a seed.
import { CardCodeSigner } from '../auth/card-codes';
import { AccessTokens } from '../auth/tokens';
import { generateSigningKeys, type SigningKeys } from '../auth/keys';
import type { MockClock } from '../clock';
import { createIdFactory, createRandom } from '../random';
import { AccountRegistry } from './accounts';
import { ResidentAuth } from './auth';
import { BookingModel } from './booking/model';
import { HoldDesk } from './booking/holds';
import { AppointmentBook } from './booking/appointment-book';
import { AppointmentDesk } from './booking/appointments';
import { ClinicStops } from './booking/clinic-stop';
import { HospitalAppointments } from './booking/hospital-appointments';
import { SlotClaims } from './booking/slot-claims';
import { WaitlistDesk } from './booking/waitlist';
import { AccountEvents } from './events';
import { PaymentsModel } from './payments/model';
import { ReportsModel } from './reports/model';
import { HospitalEvents } from './webhooks/hospital-events';
import { WebhookModel } from './webhooks/model';
import { createTestMerchant, type TestMerchant } from '../wxpay/merchant';
import { Lazy } from './lazy';
import type { Deliver } from '../wxpay/simulator';
import type { RegistrationPayments } from './ports';
import { ActiveReservations } from './booking/limits';
import { SlotFinder } from './booking/slot-finder';
import { BindingRegistry } from './cards/bindings';
import { createCardIdDeriver } from './cards/card-id';
import { CardCodeDesk } from './cards/card-code-desk';
import { CardRegistry } from './cards/cards';
import { ResidentEnrolment } from './cards/enrolment';
import { GuardianConsents } from './cards/consents';
import { HealthCards } from './cards/health-cards';
import { HospitalKeys } from './cards/hospital-keys';
import { AppAuth } from './apps/app-auth';
import type { CardModel } from './cards/model';
import { PatientIndex } from './cards/patient-numbers';
import { PersonIndex } from './cards/persons';
import { SocialSecurityLinks } from './cards/social-security';
import { HospitalDirectory } from './hospitals';
import { IdempotencyLedger } from './idempotency';
import { buildSeedData } from './seed/build';
import { SessionRegistry } from './sessions';
import { SmsDesk } from './sms';
import { WechatDesk } from './wechat';

export interface StoreOptions {
  seed: number;
  accessTokenTtlSeconds: number;
  /**
   * The simulated WeChat Pay test merchant and where its notifications go (see src/wxpay); createPlatform
   * gives both. Default: a merchant made on first use and notifications that reach nobody.
   */
  wechatPay?: { merchant(): TestMerchant; deliver: Deliver };
}

export class PlatformStore {
  readonly seed: number;
  readonly keys: SigningKeys;
  readonly hospitals: HospitalDirectory;
  readonly accounts: AccountRegistry;
  readonly sessions: SessionRegistry;
  readonly sms: SmsDesk;
  readonly wechat: WechatDesk;
  readonly idempotency: IdempotencyLedger;
  readonly auth: ResidentAuth;
  /** Hospitals' API keys for card verification. */
  readonly hospitalKeys: HospitalKeys;
  /** Apps signing in with client credentials (private_key_jwt) and their access tokens. */
  readonly appAuth: AppAuth;
  /** The records behind the e-health cards (persons, cards, bindings, consents, patient numbers...). */
  readonly cardModel: CardModel;
  readonly cards: HealthCards;
  readonly cardCodes: CardCodeDesk;
  /** Booking: policies, departments, doctors, generated schedules and the slot inventory (built lazily). */
  readonly bookingModel: BookingModel;
  /** Finding a slot: calendars, schedules, slots, search and the earliest free slots. */
  readonly slots: SlotFinder;
  /** Holds (锁号) on slots, for the account's cards. */
  readonly holds: HoldDesk;
  /** What the policy's booking limits count: holds still held (and, later, bookings). */
  readonly reservations = new ActiveReservations();
  /** Back office: residents with their own cards in bulk (the control API's `POST /__control/residents`). */
  readonly residents: ResidentEnrolment;
  /** What the platform tells each account (clinic stops, no-shows, waitlist offers, refunds...). */
  readonly events: AccountEvents;
  /** Every booking, with no-shows settled lazily on the clock. */
  readonly appointmentBook: AppointmentBook;
  /** Residents' appointments; also the payment side's RegistrationBooking. */
  readonly appointments: AppointmentDesk;
  readonly waitlist: WaitlistDesk;
  /** Kiosk and window bookings, check-in. */
  readonly hospitalAppointments: HospitalAppointments;
  readonly clinicStops: ClinicStops;
  /** Payment orders, bills, refunds and the simulated WeChat Pay (store/payments, store/bills, src/wxpay). */
  readonly payments: PaymentsModel;
  /** Hospitals' webhook subscriptions and the signed deliveries to them (store/webhooks). */
  readonly webhooks: WebhookModel;
  /** Where the model raises hospitals' webhook events (cards, bookings, payments, reports). */
  readonly hospitalEvents: HospitalEvents;
  /** Lab and exam reports, seeded per person on first look, their trends and new ones (store/reports). */
  readonly reports: ReportsModel;
  /**
   * The payment side as the booking side calls it (refunds, on-site fees, payment summaries): the payment
   * desk. Tests may put a fake here.
   */
  registrationPayments: RegistrationPayments;

  constructor(options: StoreOptions, clock: MockClock) {
    this.seed = options.seed;
    const deriveCardId = createCardIdDeriver(options.seed);
    const data = buildSeedData(options.seed, deriveCardId);
    // Things created at run time get ids from their own seeded stream, so the seeded ones never shift.
    const runtimeIds = createIdFactory(createRandom(options.seed ^ 0x5eed));
    this.keys = generateSigningKeys();
    this.webhooks = new WebhookModel({ clock, keys: this.keys, newId: () => runtimeIds('whk') });
    // Hospital events draw ids from their own stream: raising them never shifts anything else's ids.
    const eventIds = createIdFactory(createRandom(options.seed ^ 0xe7e7));
    this.hospitalEvents = new HospitalEvents({
      clock,
      patients: () => this.cardModel.patients,
      publish: (event) => this.webhooks.dispatcher.publish(event),
      newId: () => eventIds('evt'),
    });
    this.hospitals = new HospitalDirectory(data.districts, data.hospitals);
    this.accounts = new AccountRegistry(data.accounts, clock, (prefix) => {
      let id = runtimeIds(prefix);
      while (this.accounts.get(id)) id = runtimeIds(prefix);
      return id;
    });
    this.sessions = new SessionRegistry(clock);
    this.sms = new SmsDesk(clock);
    this.wechat = new WechatDesk(clock);
    this.idempotency = new IdempotencyLedger(clock);
    this.auth = new ResidentAuth(
      this.accounts,
      this.sessions,
      this.sms,
      this.wechat,
      new AccessTokens(this.keys, clock, options.accessTokenTtlSeconds),
    );

    this.hospitalKeys = new HospitalKeys(data.hospitals);
    this.appAuth = new AppAuth(
      this.keys,
      clock,
      data.hospitals.map((hospital) => hospital.id),
    );
    const persons = new PersonIndex(data.cards.persons);
    this.cardModel = {
      clock,
      persons,
      cards: new CardRegistry(data.cards.cards),
      bindings: new BindingRegistry(data.cards.bindings, () => runtimeIds('crd')),
      consents: new GuardianConsents(),
      patients: new PatientIndex(
        data.hospitals.map((hospital) => hospital.id),
        createRandom(options.seed ^ 0x9a71),
        (hospitalId, patientNumber) => this.hospitalEvents.cardLinked(hospitalId, patientNumber),
      ),
      socialSecurity: new SocialSecurityLinks(),
    };
    const newPersonId = () => {
      let id = runtimeIds('per');
      while (persons.has(id)) id = runtimeIds('per');
      return id;
    };
    this.cards = new HealthCards({ ...this.cardModel, sms: this.sms, deriveCardId, newPersonId });
    this.residents = new ResidentEnrolment({
      ...this.cardModel,
      accounts: this.accounts,
      wechat: this.wechat,
      deriveCardId,
      newPersonId,
    });
    this.cardCodes = new CardCodeDesk(this.cardModel, new CardCodeSigner(this.keys, clock));

    this.bookingModel = new BookingModel({ seed: options.seed, clock, hospitals: this.hospitals });
    this.slots = new SlotFinder(this.bookingModel);
    this.events = new AccountEvents(clock, () => runtimeIds('evt'));
    this.appointmentBook = new AppointmentBook(
      this.bookingModel,
      this.cardModel.bindings,
      this.reservations,
      this.events,
      () => runtimeIds('apt'),
      this.hospitalEvents,
    );
    const claims = new SlotClaims(this.bookingModel, this.cardModel, this.reservations, this.appointmentBook);
    this.holds = new HoldDesk(this.bookingModel, this.cardModel, this.reservations, claims, () =>
      runtimeIds('hld'),
    );
    const payments = () => this.registrationPayments;
    this.waitlist = new WaitlistDesk({
      booking: this.bookingModel,
      cards: this.cardModel,
      holds: this.holds,
      events: this.events,
      bookFree: (hold) => this.appointments.book(hold, undefined),
      newId: () => runtimeIds('wl'),
    });
    this.appointments = new AppointmentDesk({
      booking: this.bookingModel,
      cards: this.cardModel,
      holds: this.holds,
      book: this.appointmentBook,
      payments,
      waitlist: () => this.waitlist,
    });
    this.hospitalAppointments = new HospitalAppointments({
      booking: this.bookingModel,
      cards: this.cardModel,
      cardCodes: this.cardCodes,
      claims,
      book: this.appointmentBook,
      appointments: this.appointments,
      payments,
    });
    this.clinicStops = new ClinicStops({
      booking: this.bookingModel,
      bindings: this.cardModel.bindings,
      book: this.appointmentBook,
      holds: this.holds,
      waitlist: this.waitlist,
      events: this.events,
      payments,
    });
    const wechatPay = options.wechatPay ?? unconnectedWechatPay();
    this.payments = new PaymentsModel({
      seed: options.seed,
      clock,
      cards: this.cardModel,
      accounts: this.accounts,
      hospitals: this.hospitals,
      merchant: wechatPay.merchant,
      deliver: wechatPay.deliver,
      booking: () => this.appointments,
      events: this.events,
      hospitalEvents: this.hospitalEvents,
      newId: (prefix) => runtimeIds(prefix),
    });
    this.registrationPayments = this.payments.desk;
    this.reports = new ReportsModel({
      seed: options.seed,
      clock,
      cards: this.cardModel,
      hospitals: this.hospitals,
      events: this.events,
      hospitalEvents: this.hospitalEvents,
    });
  }
}

function unconnectedWechatPay(): { merchant(): TestMerchant; deliver: Deliver } {
  const merchant = new Lazy(() => createTestMerchant());
  return {
    merchant: () => merchant.value,
    deliver: async () => ({ error: 'no notification receiver is connected' }),
  };
}
