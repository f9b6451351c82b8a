// Who a report generator sees in a person: a stable key from their document (not their record id, which
// depends on when the card was made), their sex (bands differ) and their health profile. The demo
// resident's father (DEMO_PARENT_HOLDER) has type 2 diabetes, so the demo always shows a rising glucose
// trend; everyone else's profile comes from the seed.
import { createRandom, mixSeed } from '../../random';
import type { PersonRecord } from '../cards/persons';
import { hashText } from '../payments/personal-accounts';
import { DEMO_PARENT_HOLDER } from '../seed/card-holders';
import type { ReportSubject } from './factory';
import type { HealthProfile } from './values';

const DIABETIC_SHARE = 0.15;
const CRITICAL_SHARE = 0.08;

export function subjectOf(seed: number, person: PersonRecord): ReportSubject {
  const personKey = hashText(`${person.idType}:${person.idNumber}`);
  return {
    personId: person.id,
    personKey,
    gender: person.gender,
    profile: profileOf(seed, person, personKey),
  };
}

function profileOf(seed: number, person: PersonRecord, personKey: number): HealthProfile {
  if (person.idNumber === DEMO_PARENT_HOLDER.idNumber) return 'diabetic';
  const draw = createRandom(mixSeed(seed, 0x9f0e, personKey)).next();
  if (draw < DIABETIC_SHARE) return 'diabetic';
  return draw < DIABETIC_SHARE + CRITICAL_SHARE ? 'critical' : 'healthy';
}
