// The master patient index's people (主索引): one record per real person, keyed by ID type and number,
// with the demographics given when their card was made and the phone on record (预留手机号), the phone a
// later binding must be proven with.
import type { Gender, IdType } from '../../contract/wire';

export interface PersonRecord {
  id: string;
  idType: IdType;
  /** Normalised: upper case (a resident ID number's check character `x` becomes `X`). */
  idNumber: string;
  name: string;
  gender: Gender;
  nation: string;
  birthDate: string;
  phone: string;
  address?: string;
  createdAtMs: number;
}

export function normaliseIdNumber(idNumber: string): string {
  return idNumber.toUpperCase();
}

const keyOf = (idType: IdType, idNumber: string): string => `${idType}:${normaliseIdNumber(idNumber)}`;

export class PersonIndex {
  private readonly byId = new Map<string, PersonRecord>();
  private readonly byDocument = new Map<string, PersonRecord>();

  constructor(seeded: readonly PersonRecord[]) {
    for (const person of seeded) this.add({ ...person });
  }

  get(personId: string): PersonRecord | undefined {
    return this.byId.get(personId);
  }

  find(idType: IdType, idNumber: string): PersonRecord | undefined {
    return this.byDocument.get(keyOf(idType, idNumber));
  }

  has(personId: string): boolean {
    return this.byId.has(personId);
  }

  add(person: PersonRecord): PersonRecord {
    const key = keyOf(person.idType, person.idNumber);
    if (this.byDocument.has(key)) throw new Error('One person, one record: this document is indexed already');
    const record = { ...person, idNumber: normaliseIdNumber(person.idNumber) };
    this.byId.set(record.id, record);
    this.byDocument.set(key, record);
    return record;
  }

  all(): PersonRecord[] {
    return [...this.byId.values()];
  }
}
