// Each hospital's own patient numbers (院内就诊卡号 / patid), as the master patient index maps them: a
// person gets a number at a hospital the first time their card is verified there, and keeps it for good
// (unbinding and re-binding the card changes nothing). A number is the hospital's code and 8 digits from
// the hospital's own sequence, so the same person has a different number at every hospital.
import type { Random } from '../../random';
import { PlatformError } from '../errors';

export interface PatientNumber {
  patientNumber: string;
  /** True when this call created it (the card's first use at the hospital). */
  created: boolean;
}

interface HospitalSequence {
  code: string;
  next: number;
}

export class PatientIndex {
  private readonly sequences = new Map<string, HospitalSequence>();
  private readonly numbers = new Map<string, string>();
  /** hospital + patient number -> person, for a hospital that looks a patient up by its own number. */
  private readonly persons = new Map<string, string>();

  /**
   * `hospitalIds` in directory order; each hospital's sequence starts at a seeded point. `onCreated` hears
   * of every new number (the hospital's `card.linked` webhook), whatever used the card there first.
   */
  constructor(
    hospitalIds: readonly string[],
    random: Random,
    private readonly onCreated: (hospitalId: string, patientNumber: string) => void = () => {},
  ) {
    hospitalIds.forEach((hospitalId, index) => {
      this.sequences.set(hospitalId, {
        code: `H${String(index + 1).padStart(2, '0')}`,
        next: random.int(10_000_000, 60_000_000),
      });
    });
  }

  numberFor(hospitalId: string, personId: string): PatientNumber {
    const key = `${hospitalId}\u0000${personId}`;
    const existing = this.numbers.get(key);
    if (existing !== undefined) return { patientNumber: existing, created: false };
    const sequence = this.sequences.get(hospitalId);
    if (!sequence) throw new PlatformError('NOT_FOUND');
    const patientNumber = `${sequence.code}${String(sequence.next++).padStart(8, '0')}`;
    this.numbers.set(key, patientNumber);
    this.persons.set(`${hospitalId}\u0000${patientNumber}`, personId);
    this.onCreated(hospitalId, patientNumber);
    return { patientNumber, created: true };
  }

  /** The person behind the hospital's own patient number, or undefined (another hospital's numbers too). */
  personFor(hospitalId: string, patientNumber: string): string | undefined {
    return this.persons.get(`${hospitalId}\u0000${patientNumber}`);
  }

  /** The person's numbers, hospital by hospital (for tests and the back office). */
  forPerson(personId: string): Record<string, string> {
    const found: Record<string, string> = {};
    for (const [key, patientNumber] of this.numbers) {
      const [hospitalId, owner] = key.split('\u0000');
      if (owner === personId && hospitalId !== undefined) found[hospitalId] = patientNumber;
    }
    return found;
  }
}
