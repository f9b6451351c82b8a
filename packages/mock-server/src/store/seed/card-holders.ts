// People who already have e-health cards when the platform starts. The demo resident holds their own card
// (default) and a parent's; the others got theirs at a hospital window (正式卡, verified in person) and are
// bound to no account, so binding an existing card can be tried: apply with their data and an SMS code on
// the phone on record. Resident ID numbers are valid GB 11643 numbers of 明州市's districts (fictional).
import type { Gender, IdType } from '../../contract/wire';
import { DEMO_PHONE } from './residents';

export interface SeededCardHolder {
  name: string;
  gender: Gender;
  nation: string;
  birthDate: string;
  idType: IdType;
  idNumber: string;
  /** The phone on record (预留手机号). */
  phone: string;
  address?: string;
}

export const DEMO_SELF_HOLDER: SeededCardHolder = {
  name: '陈明远',
  gender: 'male',
  nation: '01',
  birthDate: '1988-03-15',
  idType: '01',
  idNumber: '330203198803151236',
  phone: DEMO_PHONE,
  address: '明州市海曙区柳汀街88号',
};

export const DEMO_PARENT_HOLDER: SeededCardHolder = {
  name: '陈国强',
  gender: 'male',
  nation: '01',
  birthDate: '1958-09-02',
  idType: '01',
  idNumber: '330205195809020519',
  phone: '13905745678',
};

/** Cards made at a hospital window, bound to no account. */
export const SEEDED_UNBOUND_PERSONS: readonly SeededCardHolder[] = [
  {
    name: '王丽娟',
    gender: 'female',
    nation: '01',
    birthDate: '1992-07-21',
    idType: '01',
    idNumber: '330212199207210464',
    phone: '13757402468',
  },
  {
    name: '马建华',
    gender: 'male',
    nation: '03',
    birthDate: '1967-12-01',
    idType: '01',
    idNumber: '330206196712011377',
    phone: '15867403579',
  },
  // A child (under 14 until 2033-05-20): binding it needs a guardian's own card and consent.
  {
    name: '李子墨',
    gender: 'male',
    nation: '01',
    birthDate: '2019-05-20',
    idType: '01',
    idNumber: '33020320190520011X',
    phone: '18857409876',
  },
  {
    name: 'ANNA SCHMIDT',
    gender: 'female',
    nation: '98',
    birthDate: '1990-04-12',
    idType: '03',
    idNumber: 'C4K7M2P9Q',
    phone: '13600574321',
  },
];
