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

  constructor(options: StoreOptions, clock: MockClock) {
    this.seed = options.seed;
    const deriveCardId = createCardIdDeriver(options.seed);
    const data = buildSeedData(options.seed, deriveCardId);
    // Things created at run time get ids from their own seeded stream, so the seeded ones never shift.
    const runtimeIds = createIdFactory(createRandom(options.seed ^ 0x5eed));
    this.keys = generateSigningKeys();
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
    this.holds = new HoldDesk(this.bookingModel, this.cardModel, this.reservations, () => runtimeIds('hld'));
  }
}
