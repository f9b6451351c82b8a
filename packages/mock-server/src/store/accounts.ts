// Resident accounts. A resident signs in with WeChat (openid) or a phone (SMS); an identity the platform
// has not seen creates a new account on first sign-in.
import { maskPhone, toShanghaiIso } from '@yika/sdk/domain';
import type { MockClock } from '../clock';
import type { Account } from '../contract/wire';
import type { AccountRecord } from './seed/build';

export class AccountRegistry {
  private readonly byId = new Map<string, AccountRecord>();
  private readonly byOpenid = new Map<string, AccountRecord>();
  private readonly byPhone = new Map<string, AccountRecord>();

  constructor(
    seeded: readonly AccountRecord[],
    private readonly clock: MockClock,
    private readonly newId: (prefix: string) => string,
  ) {
    for (const record of seeded) this.add({ ...record });
  }

  get(accountId: string): AccountRecord | undefined {
    return this.byId.get(accountId);
  }

  findByOpenid(openid: string): AccountRecord | undefined {
    return this.byOpenid.get(openid);
  }

  findByPhone(phone: string): AccountRecord | undefined {
    return this.byPhone.get(phone);
  }

  all(): AccountRecord[] {
    return [...this.byId.values()];
  }

  findOrCreateByOpenid(openid: string): AccountRecord {
    return (
      this.byOpenid.get(openid) ?? this.add({ id: this.newId('acc'), openid, createdAtMs: this.clock.now() })
    );
  }

  findOrCreateByPhone(phone: string): AccountRecord {
    return (
      this.byPhone.get(phone) ?? this.add({ id: this.newId('acc'), phone, createdAtMs: this.clock.now() })
    );
  }

  /** The account as the API shows it: the phone masked, never in full. */
  toAccount(record: AccountRecord): Account {
    return {
      id: record.id,
      ...(record.nickname === undefined ? {} : { nickname: record.nickname }),
      ...(record.phone === undefined ? {} : { maskedPhone: maskPhone(record.phone) }),
      wechatBound: record.openid !== undefined,
      createdAt: toShanghaiIso(record.createdAtMs),
    };
  }

  private add(record: AccountRecord): AccountRecord {
    this.byId.set(record.id, record);
    if (record.openid !== undefined) this.byOpenid.set(record.openid, record);
    if (record.phone !== undefined) this.byPhone.set(record.phone, record);
    return record;
  }
}
