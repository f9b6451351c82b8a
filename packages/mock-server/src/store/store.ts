// One in-memory model of the platform per instance. Everything stateful lives here (including the
// signing key), so a reset is simply a new store built from a seed.
import { AccessTokens } from '../auth/tokens';
import { generateSigningKeys, type SigningKeys } from '../auth/keys';
import type { MockClock } from '../clock';
import { createIdFactory, createRandom } from '../random';
import { AccountRegistry } from './accounts';
import { ResidentAuth } from './auth';
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

  constructor(options: StoreOptions, clock: MockClock) {
    this.seed = options.seed;
    const data = buildSeedData(options.seed);
    // Accounts created at run time get ids from their own seeded stream, so the seeded ones never shift.
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
  }
}
