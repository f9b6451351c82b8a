// Back office: enrols residents in bulk, each a new WeChat account holding its own (self) e-health card,
// without the SMS round trips of a real application. Tests of contended booking need hundreds of distinct
// patients quickly; everything else about the records is what an application would have written.
import { addDays, idNumberCheckCharacter } from '@yika/sdk/domain';
import type { AccountRegistry } from '../accounts';
import type { WechatDesk } from '../wechat';
import type { CardIdDeriver } from './card-id';
import type { CardModel } from './model';

export const MAX_ENROLMENT = 2000;

export interface EnrolledResident {
  accountId: string;
  openid: string;
  /** A single-use WeChat login code for the account (valid 5 minutes on the platform clock). */
  loginCode: string;
  /** The account's reference to its self card (`Card.id`), for `HoldRequest.cardRef`. */
  cardRef: string;
}

export interface EnrolmentDependencies extends CardModel {
  accounts: AccountRegistry;
  wechat: WechatDesk;
  deriveCardId: CardIdDeriver;
  newPersonId(): string;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟'];

export class ResidentEnrolment {
  private enrolled = 0;

  constructor(private readonly model: EnrolmentDependencies) {}

  enrol(count: number): EnrolledResident[] {
    if (!Number.isInteger(count) || count < 1 || count > MAX_ENROLMENT) {
      throw new RangeError(`count must be a whole number from 1 to ${MAX_ENROLMENT}`);
    }
    return Array.from({ length: count }, () => this.enrolOne());
  }

  private enrolOne(): EnrolledResident {
    const { model } = this;
    const now = model.clock.now();
    let n = this.enrolled++;
    let idNumber = enrolledIdNumber(n);
    while (model.persons.find('01', idNumber)) idNumber = enrolledIdNumber((n = this.enrolled++));
    const openid = `o_enrolled_${String(n).padStart(6, '0')}`;
    const account = model.accounts.findOrCreateByOpenid(openid);
    const person = model.persons.add({
      id: model.newPersonId(),
      idType: '01',
      idNumber,
      name: nameOf(n),
      gender: Number(idNumber.charAt(16)) % 2 === 1 ? 'male' : 'female',
      nation: '01',
      birthDate: birthDateOf(n),
      phone: `199${String(n).padStart(8, '0')}`,
      createdAtMs: now,
    });
    const card = model.cards.add({
      cardId: model.deriveCardId(person.idType, person.idNumber),
      personId: person.id,
      state: 'normal',
      attribute: 'temporary',
      createdAtMs: now,
    });
    const binding = model.bindings.bind({
      accountId: account.id,
      cardId: card.cardId,
      relation: 'self',
      boundAtMs: now,
    });
    return {
      accountId: account.id,
      openid,
      loginCode: model.wechat.issueLoginCode(openid),
      cardRef: binding.ref,
    };
  }
}

/** Three-character names: a surname and two given characters, cycling. */
function nameOf(n: number): string {
  const pick = (list: readonly string[], index: number) => list[index % list.length] ?? '';
  return pick(SURNAMES, n) + pick(GIVEN_NAMES, n) + pick(GIVEN_NAMES, Math.floor(n / GIVEN_NAMES.length) + 5);
}

/** Adults born from 1975 on, 999 per birth date (sequence 001-999), in 明州市 (330203). */
function birthDateOf(n: number): string {
  return addDays('1975-01-01', Math.floor(n / 999));
}

function enrolledIdNumber(n: number): string {
  const first17 = `330203${birthDateOf(n).replace(/-/g, '')}${String((n % 999) + 1).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}
