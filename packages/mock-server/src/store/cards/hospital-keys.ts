// Hospital API keys (X-Yika-Hospital-Key): one per hospital, for its kiosks, windows and servers. The key
// alone says which hospital calls (never a body field). Keys are random per platform instance, like the
// signing key: read them with `platform.hospitalKey(id)` or the control API.
import { randomToken } from '../secrets';

export interface HospitalKey {
  hospitalId: string;
  name: string;
  key: string;
}

export class HospitalKeys {
  private readonly byHospital = new Map<string, HospitalKey>();
  private readonly byKey = new Map<string, HospitalKey>();

  constructor(hospitals: readonly { id: string; name: string }[]) {
    for (const hospital of hospitals) {
      const entry = { hospitalId: hospital.id, name: hospital.name, key: randomToken('hk_', 24) };
      this.byHospital.set(hospital.id, entry);
      this.byKey.set(entry.key, entry);
    }
  }

  /** The hospital's key; throws for an unknown hospital (a test or tool bug, not a request problem). */
  keyFor(hospitalId: string): string {
    const entry = this.byHospital.get(hospitalId);
    if (!entry) throw new RangeError(`No hospital ${hospitalId}`);
    return entry.key;
  }

  /** The hospital a key belongs to, or undefined for an unknown key. */
  hospitalFor(key: string): string | undefined {
    return this.byKey.get(key)?.hospitalId;
  }

  all(): HospitalKey[] {
    return [...this.byHospital.values()].map((entry) => ({ ...entry }));
  }
}
